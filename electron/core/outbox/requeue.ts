import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { StoredOutboxRow } from './outbox-row';
import type { QueueContext } from './queue-posting';

export function rowWithKey(db: Database, key: string): StoredOutboxRow | undefined {
  return db.get<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE idempotency_key = ${key}`);
}

/** The row just written under `key`; it cannot be missing inside the transaction that wrote it. */
export function writtenRow(db: Database, key: string): StoredOutboxRow {
  const row = rowWithKey(db, key);
  if (!row) throw new Error(`outbox row ${key} vanished while being queued`);
  return row;
}

/** A row that was given up on (dead, cancelled, or delivered again on purpose) goes out once more, with a fresh allowance of attempts. */
export function queueAgain(db: Database, row: StoredOutboxRow, context: QueueContext): void {
  const at = context.now.toISOString();
  db.run(sql`UPDATE outbox SET state = 'pending', next_attempt_at = ${at}, failure_class = NULL, last_error = NULL,
               max_attempts = attempts + ${context.maxAttempts}, updated_at = ${at}
             WHERE id = ${row.id}`);
}
