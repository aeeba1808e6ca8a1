import type { AttemptOutcome } from '../../../shared/contract/outbox';
import type { FailureClass } from '../../../shared/domain/failure-class';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactText } from '../redact/redact-card-data';
import type { StoredOutboxRow } from './outbox-row';
import type { NextStep } from './retry-schedule';

/** One request and its answer, summarised in a line each for the attempt history. */
export interface Exchange {
  request: string;
  response: string;
}

export interface Claim {
  row: StoredOutboxRow;
  attempt: number;
}

export interface ClaimOptions {
  now: Date;
  leaseMs: number;
  actor: string;
  /** Take over rows left in flight whatever their lease says (start-up: their holder is gone). */
  takeOver: boolean;
}

/**
 * Starts an attempt: the row goes in flight under a lease, and the attempt is on record before a
 * single byte is sent, so a crash at any later instant leaves a row that says "find out whether
 * this landed". A row another attempt holds (lease not run out) is left alone. The row's
 * previous attempt, if it never finished, is marked interrupted.
 */
export function claimRow(db: Database, id: number, options: ClaimOptions): Claim | null {
  return db.transaction(() => {
    const at = options.now.toISOString();
    const row = db.get<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE id = ${id}`);
    if (!row) return null;
    const claimable =
      row.state === 'pending' || row.state === 'failed' || (row.state === 'in_flight' && (options.takeOver || (row.lease_until ?? '') < at));
    if (!claimable) return null;
    if (row.state === 'in_flight') {
      db.run(sql`UPDATE outbox_attempts SET outcome = 'interrupted', finished_at = ${at},
                   message = 'Cut off before it finished (the app stopped or the answer was lost); billing is checked before anything is sent again'
                 WHERE outbox_id = ${id} AND attempt = ${row.attempts} AND outcome = 'in_flight'`);
    }
    const attempt = row.attempts + 1;
    const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
    db.run(sql`UPDATE outbox SET state = 'in_flight', attempts = ${attempt}, lease_until = ${leaseUntil}, next_attempt_at = NULL, updated_at = ${at}
               WHERE id = ${id}`);
    db.run(sql`INSERT INTO outbox_attempts (outbox_id, attempt, started_at, outcome) VALUES (${id}, ${attempt}, ${at}, 'in_flight')`);
    appendAudit(db, {
      at: options.now,
      actor: options.actor,
      action: 'outbox.attempt',
      entityType: 'outbox',
      entityId: String(id),
      before: { state: row.state, attempts: row.attempts },
      after: { state: 'in_flight', attempt },
      reason: null,
    });
    const claimed = db.get<StoredOutboxRow>(sql`SELECT * FROM outbox WHERE id = ${id}`);
    return claimed ? { row: claimed, attempt } : null;
  });
}

export type AttemptResult =
  | { outcome: Extract<AttemptOutcome, 'already_recorded' | 'posted'>; billingPaymentId: string | null; exchanges: Exchange[] }
  | {
      outcome: 'failed';
      failureClass: FailureClass;
      httpStatus: number | null;
      retryAfterMs: number | null;
      message: string;
      exchanges: Exchange[];
    };

export interface FinishOptions {
  now: Date;
  actor: string;
  /** Where a failure goes next; unused for a success. */
  next: NextStep | null;
  /** A webhook row's event, fetched by this attempt: kept so every later attempt sends the same bytes. */
  fetched?: { eventId: string; body: string } | null;
}

/**
 * Ends an attempt and moves the row on: succeeded, failed with its next automatic retry, or dead.
 * Guarded by the attempt number: if the row was taken over meanwhile (this attempt's lease ran
 * out), the newer attempt owns it and this result is only kept in the history. Returns whether
 * the row was moved.
 */
export function finishAttempt(db: Database, claim: Claim, result: AttemptResult, options: FinishOptions): boolean {
  return db.transaction(() => {
    const at = options.now.toISOString();
    const { id } = claim.row;
    const exchanges = JSON.stringify(result.exchanges.map((exchange) => ({ request: redactText(exchange.request), response: redactText(exchange.response) })));
    const failure = result.outcome === 'failed' ? result : null;
    db.run(sql`UPDATE outbox_attempts SET finished_at = ${at}, outcome = ${result.outcome}, failure_class = ${failure?.failureClass ?? null},
                 http_status = ${failure?.httpStatus ?? null}, exchanges_json = ${exchanges}, message = ${failure ? redactText(failure.message) : null}
               WHERE outbox_id = ${id} AND attempt = ${claim.attempt}`);
    if (options.fetched) db.run(sql`UPDATE outbox SET event_id = ${options.fetched.eventId}, payload_json = ${options.fetched.body} WHERE id = ${id}`);
    const stillOurs = db.get(sql`SELECT 1 FROM outbox WHERE id = ${id} AND state = 'in_flight' AND attempts = ${claim.attempt}`);
    if (!stillOurs) return false;

    let after: Record<string, unknown>;
    if (result.outcome !== 'failed') {
      db.run(sql`UPDATE outbox SET state = 'succeeded', billing_payment_id = ${result.billingPaymentId}, failure_class = NULL, last_error = NULL,
                   lease_until = NULL, next_attempt_at = NULL, updated_at = ${at}
                 WHERE id = ${id}`);
      after = { state: 'succeeded', how: result.outcome, billingPaymentId: result.billingPaymentId };
    } else {
      const next = options.next ?? { state: 'dead', why: 'no retry was planned' };
      const message = redactText(result.message);
      const nextAt = next.state === 'failed' ? next.nextAttemptAt.toISOString() : null;
      const lastError = next.state === 'dead' ? `${message} (${next.why})` : message;
      db.run(sql`UPDATE outbox SET state = ${next.state}, failure_class = ${result.failureClass}, last_error = ${lastError},
                   lease_until = NULL, next_attempt_at = ${nextAt}, updated_at = ${at}
                 WHERE id = ${id}`);
      after = { state: next.state, failureClass: result.failureClass, nextAttemptAt: nextAt };
    }
    appendAudit(db, {
      at: options.now,
      actor: options.actor,
      action: result.outcome === 'failed' ? `outbox.${after['state'] === 'dead' ? 'dead' : 'failed'}` : 'outbox.succeeded',
      entityType: 'outbox',
      entityId: String(id),
      before: { state: 'in_flight', attempt: claim.attempt },
      after,
      reason: failure ? redactText(failure.message) : null,
    });
    return true;
  });
}
