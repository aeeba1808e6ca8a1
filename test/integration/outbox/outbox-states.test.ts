import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { claimRow, finishAttempt } from '../../../electron/core/outbox/attempt-log';
import { actOnOutbox } from '../../../electron/core/outbox/outbox-actions';
import { OutboxWorker } from '../../../electron/core/outbox/outbox-worker';
import { listOutbox } from '../../../electron/core/outbox/outbox-query';
import { queueEvent } from '../../../electron/core/outbox/queue-event';
import { queuePosting, type PostingRequest } from '../../../electron/core/outbox/queue-posting';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';
import { QUICK_RETRIES, quiet } from './outbox-fixture';

const tempDir = useTempDirs();
const t0 = new Date('2026-11-22T10:00:00Z');

function posting(paymentId: string): PostingRequest {
  return { connectorId: 'billing', invoiceNumber: 'INV-1', invoiceExternalId: null, accountCode: '090', paidOn: '2026-11-20', amountMinor: 500, currency: 'EUR', reference: paymentId, itemKey: null };
}

function queued(db: Database, ...paymentIds: string[]): number[] {
  return paymentIds.map((id) => queuePosting(db, posting(id), { actor: 'ada', now: t0, maxAttempts: 3, reason: null }).id);
}

const stateOf = (db: Database, id: number): unknown => db.get(sql`SELECT state, attempts, next_attempt_at AS next FROM outbox WHERE id = ${id}`);

describe('outbox rows and what people do to them', () => {
  it('keeps one row per payment and invoice: queuing again returns it, a recorded one is refused', () => {
    const db = openTestDatabase(tempDir());
    const [id] = queued(db, 'pi_1');
    expect(queued(db, 'pi_1')).toEqual([id]);
    const claim = claimRow(db, id ?? 0, { now: t0, leaseMs: 1_000, actor: 'ada', takeOver: false });
    if (!claim) throw new Error('not claimed');
    finishAttempt(db, claim, { outcome: 'posted', billingPaymentId: 'pay-1', exchanges: [] }, { now: t0, actor: 'ada', next: null });
    expect(() => queued(db, 'pi_1')).toThrow('Payment pi_1 is already recorded against INV-1 in billing.');
  });

  it('lists by kind, state, failure class and invoice or payment text, most recently changed first', () => {
    const db = openTestDatabase(tempDir());
    const [posting] = queued(db, 'pi_1');
    const event = queueEvent(
      db,
      { endpointId: 'merchant', gatewayConnectorId: 'gateway', paymentId: 'pi_2', eventType: 'payment_intent.succeeded', invoiceNumber: null, currency: 'EUR', amountMinor: 700, paidOn: '2026-11-20', itemKey: 'payment:pi_2' },
      { actor: 'ada', now: new Date(t0.getTime() + 1_000), maxAttempts: 3, reason: null },
    );
    const ids = (filter: Parameters<typeof listOutbox>[1]): number[] => listOutbox(db, filter, 0, 10).rows.map((row) => row.id);
    expect(ids({})).toEqual([event.id, posting]);
    expect(ids({ kind: 'webhook_event' })).toEqual([event.id]);
    expect(ids({ kind: 'billing_payment', states: ['pending'] })).toEqual([posting]);
    expect(ids({ search: 'pi_2' })).toEqual([event.id]);
    expect(ids({ search: 'INV-1' })).toEqual([posting]);
    expect(ids({ failureClass: 'connection' })).toEqual([]);
    expect(listOutbox(db, {}, 1, 10)).toMatchObject({ total: 2, rows: [{ id: posting }] });
  });

  it('applies retry, cancel and move-to-dead only where they make sense, each audited with its remark', () => {
    const db = openTestDatabase(tempDir());
    const [pending, inFlight, dead] = queued(db, 'pi_1', 'pi_2', 'pi_3');
    claimRow(db, inFlight ?? 0, { now: t0, leaseMs: 60_000, actor: 'ada', takeOver: false });
    const context = { actor: 'bea', now: t0, remark: 'billing fixed the account', maxAttempts: 3 };
    expect(actOnOutbox(db, 'dead', [pending ?? 0, inFlight ?? 0, dead ?? 0], context)).toEqual({ changed: 2, skipped: 1 });
    expect(actOnOutbox(db, 'retry', [pending ?? 0, inFlight ?? 0], context)).toEqual({ changed: 1, skipped: 1 });
    expect(stateOf(db, pending ?? 0)).toEqual({ state: 'pending', attempts: 0, next: t0.toISOString() });
    expect(actOnOutbox(db, 'cancel', [dead ?? 0, inFlight ?? 0], context)).toEqual({ changed: 1, skipped: 1 });
    expect(stateOf(db, dead ?? 0)).toEqual({ state: 'cancelled', attempts: 0, next: null });
    expect(db.all(sql`SELECT action, actor, reason FROM audit_log WHERE actor = 'bea' ORDER BY seq`)).toEqual([
      { action: 'outbox.move_to_dead', actor: 'bea', reason: 'billing fixed the account' },
      { action: 'outbox.move_to_dead', actor: 'bea', reason: 'billing fixed the account' },
      { action: 'outbox.retry', actor: 'bea', reason: 'billing fixed the account' },
      { action: 'outbox.cancel', actor: 'bea', reason: 'billing fixed the account' },
    ]);
    expect(verifyAudit(db)).toMatchObject({ intact: true });
  });

  it('takes over an attempt whose lease ran out, and the late answer of the old one changes nothing', () => {
    const db = openTestDatabase(tempDir());
    const [id = 0] = queued(db, 'pi_1');
    const old = claimRow(db, id, { now: t0, leaseMs: 1_000, actor: 'ada', takeOver: false });
    if (!old) throw new Error('not claimed');
    expect(claimRow(db, id, { now: new Date(t0.getTime() + 500), leaseMs: 1_000, actor: 'ada', takeOver: false })).toBeNull();
    const later = new Date(t0.getTime() + 1_500);
    const fresh = claimRow(db, id, { now: later, leaseMs: 1_000, actor: 'ada', takeOver: false });
    expect(fresh?.attempt).toBe(2);
    expect(finishAttempt(db, old, { outcome: 'failed', failureClass: 'system', httpStatus: 503, retryAfterMs: null, message: 'late', exchanges: [] }, { now: later, actor: 'ada', next: { state: 'dead', why: 'x' } })).toBe(false);
    expect(db.all(sql`SELECT attempt, outcome FROM outbox_attempts ORDER BY attempt`)).toEqual([
      { attempt: 1, outcome: 'failed' },
      { attempt: 2, outcome: 'in_flight' },
    ]);
    expect(stateOf(db, id)).toMatchObject({ state: 'in_flight', attempts: 2 });
  });

  it('brings failed rows forward when their connector answers again, spread over a few seconds', async () => {
    const db = openTestDatabase(tempDir());
    const [id = 0] = queued(db, 'pi_1');
    const far = new Date(t0.getTime() + 3_600_000).toISOString();
    const claim = claimRow(db, id, { now: t0, leaseMs: 1_000, actor: 'ada', takeOver: false });
    if (!claim) throw new Error('not claimed');
    finishAttempt(db, claim, { outcome: 'failed', failureClass: 'connection', httpStatus: null, retryAfterMs: null, message: 'refused', exchanges: [] }, {
      now: t0,
      actor: 'ada',
      next: { state: 'failed', nextAttemptAt: new Date(far) },
    });
    const worker = new OutboxWorker({ db, billingFor: () => null, actor: () => 'ada', logger: quiet, announce: () => undefined, now: () => t0, random: () => 0.5, schedule: QUICK_RETRIES });
    worker.connectorRecovered('other-billing');
    expect(stateOf(db, id)).toMatchObject({ next: far });
    worker.connectorRecovered('billing');
    expect(stateOf(db, id)).toEqual({ state: 'failed', attempts: 1, next: new Date(t0.getTime() + 2_500).toISOString() });
    await worker.stop();
  });
});
