import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../../electron/core/connectors/retry/circuit-breaker';
import { TransmissionError } from '../../../electron/core/connectors/transmission-error';
import { SyncFailedError } from '../../../electron/core/sync';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { gatewayPost, obj } from '../sandbox/clients';
import { differences, expectedCopy, expectedRefund } from './expected-copy';
import { count, failuresRecorded, openTestDatabase, runSync, snapshot, syncFailure, testSyncOptions } from './sync-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 21, faults: { gateway: { down: true }, billing: { down: true } } });
});
afterAll(() => sandbox.close());

describe('a sync while a partner is unreachable or in maintenance', () => {
  it('fails with the right class, changes nothing, then catches up', async () => {
    const db = openTestDatabase(tempDir());
    // The breaker's clock stands still unless the test moves it: on a busy machine the second
    // sync could otherwise start after the cool-down and try again instead of failing fast.
    let clock = Date.now();
    const options = testSyncOptions({ breakers: new CircuitBreakers({ failureThreshold: 12, coolDownMs: 500 }, () => clock) });
    const before = snapshot(db);

    // Both down: every attempt is refused; the job fails as a connection failure.
    const down = await syncFailure(runSync(db, sandbox, options));
    expect(down).toBeInstanceOf(SyncFailedError);
    expect(down).toMatchObject({ failureClass: 'connection', endpoint: 'GET /v1/events' });
    expect(down.message).toMatch(/^Sandbox payment gateway: The connection was refused/);
    expect(snapshot(db)).toBe(before);
    expect(failuresRecorded(db).length).toBe(24);
    expect(failuresRecorded(db).every((failure) => failure.failure_class === 'connection')).toBe(true);

    // The circuit opened: a sync right away fails fast, saying until when, without trying.
    const paused = await syncFailure(runSync(db, sandbox, options));
    expect(paused).toMatchObject({ failureClass: 'connection' });
    expect(paused.message).toMatch(/Paused after 12 failed attempts in a row: Paydesk will not contact Sandbox payment gateway again until \d{4}-/);
    expect(failuresRecorded(db).length).toBe(24);

    // Back up, and past the cool-down: the trial request goes through and the sync completes.
    await sandbox.gateway.setFaults({ down: false });
    await sandbox.billing.setFaults({ down: false });
    clock += 600;
    await runSync(db, sandbox, options);
    const expected = expectedCopy(sandbox.dataset);
    expect(differences(db, expected)).toEqual([]);

    // Maintenance on the gateway (503, Retry-After 30 s, longer than Paydesk waits in a job).
    const intent = sandbox.dataset.gateway.paymentIntents.find((candidate) => candidate.status === 'succeeded' && candidate.currency === 'USD');
    if (!intent) throw new Error('the seed lacks a succeeded USD payment');
    const refund = obj((await gatewayPost(sandbox, '/v1/refunds', { payment_intent: intent.id, amount: '250' })).body);
    await sandbox.gateway.setFaults({ maintenance: true });
    const synced = snapshot(db, 'gateway');
    const failuresBefore = count(db, 'transmission_failures');
    const maintenance = await syncFailure(runSync(db, sandbox, options));
    expect(maintenance).toBeInstanceOf(TransmissionError);
    expect(maintenance).toMatchObject({ failureClass: 'system', httpStatus: 503 });
    expect(maintenance.message).toMatch(/maintenance/);
    // Billing was still synced (nothing new there); the gateway's copy is as it was.
    expect(maintenance.message).toContain('Sandbox billing system synced.');
    expect(count(db, 'transmission_failures')).toBe(failuresBefore + 1);
    expect(snapshot(db, 'gateway')).toBe(synced);

    // Maintenance over: the next sync catches up with the refund made meanwhile.
    await sandbox.gateway.setFaults({ maintenance: false });
    await runSync(db, sandbox, options);
    expected.refunds.push(expectedRefund({ id: String(refund['id']), created: Number(refund['created']), chargeId: String(refund['charge']), paymentIntentId: intent.id, currency: intent.currency, amountMinor: 250, reason: null, metadata: {} }));
    expect(differences(db, expected)).toEqual([]);
  });
});
