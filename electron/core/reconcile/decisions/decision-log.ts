import type { DecisionKind, DecisionView } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';

/** A match_links row as it was before a decision (null: there was none). */
export interface LinkBefore {
  invoiceNumber: string;
  paymentId: string;
  row: LinkRow | null;
}

export interface LinkRow {
  origin: string;
  state: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
  created_at: string;
}

/** Items' people-state before a decision, grouped by that state so a bulk decision stays small. */
export interface ItemsBefore {
  state: string;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  keys: string[];
}

export interface UndoRecord {
  links: LinkBefore[];
  items: ItemsBefore[];
}

export interface DecisionEntry {
  kind: DecisionKind;
  actor: string;
  at: Date;
  itemKeys: readonly string[];
  invoiceNumber?: string | null;
  paymentId?: string | null;
  reason?: string | null;
  summary: string;
  undo: UndoRecord;
}

export function recordDecision(db: Database, entry: DecisionEntry): number {
  const result = db.run(sql`INSERT INTO recon_decisions (at, actor, kind, item_keys_json, invoice_number, payment_id, reason, summary, undo_json)
    VALUES (${entry.at.toISOString()}, ${entry.actor}, ${entry.kind}, ${JSON.stringify(entry.itemKeys.slice(0, 1000))},
            ${entry.invoiceNumber ?? null}, ${entry.paymentId ?? null}, ${entry.reason ?? null}, ${entry.summary}, ${JSON.stringify(entry.undo)})`);
  return Number(result.lastInsertRowid);
}

interface DecisionRow {
  id: number;
  at: string;
  actor: string;
  kind: DecisionKind;
  summary: string;
  reason: string | null;
  undone_at: string | null;
  undo_json: string;
}

/** The newest decision nobody has taken back yet. */
export function latestUndoable(db: Database): (DecisionRow & { undo: UndoRecord }) | undefined {
  const row = db.get<DecisionRow>(sql`SELECT * FROM recon_decisions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1`);
  return row ? { ...row, undo: JSON.parse(row.undo_json) as UndoRecord } : undefined;
}

export function markUndone(db: Database, id: number, at: Date): void {
  db.run(sql`UPDATE recon_decisions SET undone_at = ${at.toISOString()} WHERE id = ${id}`);
}

/** Decisions that touched an item, newest first: its history in the workbench. */
export function historyOf(db: Database, key: string, invoiceNumber: string | null, paymentId: string | null): DecisionView[] {
  return db
    .all<DecisionRow>(
      sql`SELECT id, at, actor, kind, summary, reason, undone_at, '' AS undo_json FROM recon_decisions
          WHERE invoice_number = ${invoiceNumber} OR payment_id = ${paymentId}
             OR EXISTS (SELECT 1 FROM json_each(item_keys_json) WHERE value = ${key})
          ORDER BY id DESC LIMIT 100`,
    )
    .map((row) => ({ id: row.id, at: row.at, actor: row.actor, kind: row.kind, summary: row.summary, reason: row.reason, undone: row.undone_at !== null }));
}
