import { createHash } from 'node:crypto';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactedJson, redactText } from '../redact/redact-card-data';

/** What happened, by whom, to what, with the state before and after. */
export interface AuditEntry {
  at: Date;
  actor: string;
  /** A stable verb: recon.resolve, period.close, … */
  action: string;
  entityType: string | null;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry as stored: the fields its hash covers, its predecessor's hash and its own. */
export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Appends an entry whose hash covers its own fields and the previous entry's hash, so editing,
 * deleting or reordering any entry breaks the chain from there on. Everything stored passes the
 * card-number redactor. Call inside the transaction of the change it records: both land or
 * neither does.
 */
export function appendAudit(db: Database, entry: AuditEntry): number {
  const last = db.get<{ seq: number; hash: string }>(sql`SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`);
  const row: AuditRow = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at.toISOString(),
    actor: redactText(entry.actor),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId === null ? null : redactText(entry.entityId),
    before_json: entry.before === undefined ? null : redactedJson(entry.before),
    after_json: entry.after === undefined ? null : redactedJson(entry.after),
    reason: entry.reason ? redactText(entry.reason) : null,
    prev_hash: last?.hash ?? GENESIS_HASH,
    hash: '',
  };
  row.hash = hashOf(row);
  db.run(sql`INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash)
             VALUES (${row.seq}, ${row.at}, ${row.actor}, ${row.action}, ${row.entity_type}, ${row.entity_id}, ${row.before_json},
                     ${row.after_json}, ${row.reason}, ${row.prev_hash}, ${row.hash})`);
  return row.seq;
}

export type AuditVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; firstBroken: number; problem: string };

/** Recomputes the chain from the first entry and names the first one that does not hold. */
export function verifyAudit(db: Database): AuditVerdict {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let entries = 0;
  const rows = db.raw.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
  for (const row of rows) {
    entries += 1;
    const problem =
      row.seq !== expectedSeq
        ? `entry ${expectedSeq} is missing (the next one is ${row.seq})`
        : row.prev_hash !== previousHash
          ? `entry ${row.seq} does not follow the entry before it (deleted, inserted or reordered)`
          : row.hash !== hashOf(row)
            ? `entry ${row.seq} was changed after it was written`
            : null;
    if (problem !== null) return { intact: false, entries, firstBroken: Math.min(row.seq, expectedSeq), problem };
    expectedSeq += 1;
    previousHash = row.hash;
  }
  return { intact: true, entries };
}

function hashOf(row: AuditRow): string {
  const fields = [row.seq, row.at, row.actor, row.action, row.entity_type, row.entity_id, row.before_json, row.after_json, row.reason];
  return createHash('sha256').update(`${row.prev_hash}\n${JSON.stringify(fields)}`).digest('hex');
}
