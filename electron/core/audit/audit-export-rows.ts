import type { Database } from '../db/database';
import type { Column, Table } from '../export/table';
import type { AuditRow } from './audit-log';

// The trail as files a third party can check without Paydesk: every stored field, named as in
// the database, in chain order. JSON Lines keeps each value exactly; the CSV is for reading in
// a spreadsheet, so a cell that would start a formula carries a leading ' there (see README).

const FIELDS = ['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'before_json', 'after_json', 'reason', 'prev_hash', 'hash'] as const;

const WIDTHS: Record<(typeof FIELDS)[number], number> = {
  seq: 8,
  at: 25,
  actor: 20,
  action: 22,
  entity_type: 20,
  entity_id: 28,
  before_json: 50,
  after_json: 50,
  reason: 40,
  prev_hash: 66,
  hash: 66,
};

export const AUDIT_COLUMNS: readonly Column[] = FIELDS.map((field) => ({ header: field, width: WIDTHS[field] }));

/** Every entry from the first, read row by row (the connection is busy until the loop ends). */
export function auditRows(db: Database): Iterable<AuditRow> {
  return db.raw.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
}

/** One object per entry with its fields in chain order, for JSON Lines. */
export function* auditRecords(rows: Iterable<AuditRow>): Generator<AuditRow> {
  for (const row of rows) {
    const { seq, at, actor, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash } = row;
    yield { seq, at, actor, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash };
  }
}

export function auditTable(rows: Iterable<AuditRow>): Table {
  return { name: 'Audit trail', columns: AUDIT_COLUMNS, rows: cellsOf(rows) };
}

function* cellsOf(rows: Iterable<AuditRow>): Generator<(string | number | null)[]> {
  for (const row of rows) yield FIELDS.map((field) => row[field]);
}
