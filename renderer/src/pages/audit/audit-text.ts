import type { AuditEntry, AuditVerdict } from '../../../../shared/contract/audit';
import { formatCount, plural } from '../../lib/format-count';
import { ENTITY_TYPES } from './audit-filter-form';

/** The moment in UTC, as the date filters count days: "2026-11-22 10:00:05 UTC". */
export function auditTime(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 19)} UTC`;
}

/** "Reconciliation item invoice:INV-1042", "Period 2026-10"; a kind Paydesk does not name yet as written. */
export function entityText(entry: Pick<AuditEntry, 'entityType' | 'entityId'>): string {
  if (entry.entityType === null) return entry.entityId ?? '';
  const label = ENTITY_TYPES.find((type) => type.id === entry.entityType)?.label ?? entry.entityType;
  return entry.entityId === null ? label : `${label} ${entry.entityId}`;
}

/** Stored JSON laid out to read; "nothing recorded" for none, and text that is not JSON as it is. */
export function prettyJson(json: string | null): string {
  if (json === null) return 'nothing recorded';
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** What "Verify audit trail" found, in one sentence to act on. */
export function verdictText(verdict: AuditVerdict): string {
  if (verdict.intact) {
    return verdict.entries === 0
      ? 'Intact: the trail is empty so far.'
      : `Intact: ${plural(verdict.entries, 'entry', 'entries')}, each chained to the one before.`;
  }
  return `Broken at entry ${formatCount(verdict.firstBroken)}: ${verdict.problem}. Entries from there on cannot be trusted; keep this database file as it is and tell whoever looks after Paydesk.`;
}

/** "Entries 51–100 of 1,234, newest first." */
export function rangeText(offset: number, shown: number, total: number): string {
  if (total === 0) return 'No entries.';
  return `Entries ${formatCount(offset + 1)}–${formatCount(offset + shown)} of ${formatCount(total)}, newest first.`;
}
