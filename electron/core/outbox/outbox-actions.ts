import { ACTION_APPLIES_TO, type OutboxAction, type OutboxActionOutcome, type OutboxState } from '../../../shared/contract/outbox';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { StoredOutboxRow } from './outbox-row';

const NEXT_STATE: Readonly<Record<OutboxAction, OutboxState>> = { retry: 'pending', cancel: 'cancelled', dead: 'dead' };

export interface ActionContext {
  actor: string;
  now: Date;
  remark: string | null;
  /** Attempts a retried dead or cancelled row gets afresh. */
  maxAttempts: number;
}

/**
 * Retry, cancel or dead-letter rows, each change with its own audit entry carrying the remark,
 * all in one transaction. A retry makes the row due now: the worker checks billing before it
 * sends, so retrying a row that landed meanwhile only finds it recorded.
 */
export function actOnOutbox(db: Database, action: OutboxAction, ids: readonly number[], context: ActionContext): OutboxActionOutcome {
  const at = context.now.toISOString();
  const allowed = ACTION_APPLIES_TO[action];
  let changed = 0;
  db.transaction(() => {
    for (const id of ids) {
      const row = db.get<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE id = ${id}`);
      if (!row || !allowed.includes(row.state)) continue;
      const next = NEXT_STATE[action];
      if (action === 'retry') {
        // A row past its last attempt gets a fresh allowance; one still within it keeps its count.
        const maxAttempts = row.state === 'dead' || row.state === 'cancelled' ? row.attempts + context.maxAttempts : row.max_attempts;
        db.run(sql`UPDATE outbox SET state = 'pending', next_attempt_at = ${at}, max_attempts = ${maxAttempts}, updated_at = ${at} WHERE id = ${id}`);
      } else {
        db.run(sql`UPDATE outbox SET state = ${next}, next_attempt_at = NULL, updated_at = ${at} WHERE id = ${id}`);
      }
      appendAudit(db, {
        at: context.now,
        actor: context.actor,
        action: `outbox.${action === 'dead' ? 'move_to_dead' : action}`,
        entityType: 'outbox',
        entityId: String(id),
        before: { state: row.state, attempts: row.attempts },
        after: { state: next },
        reason: context.remark,
      });
      changed += 1;
    }
  });
  return { changed, skipped: ids.length - changed };
}
