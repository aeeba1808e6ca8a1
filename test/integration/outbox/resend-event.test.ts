import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/db/sql';
import { useTempDirs } from '../../helpers/temp-dir';
import { startWebhookReceiver, type WebhookReceiver } from '../../helpers/webhook-receiver';
import { sandboxConnectors } from '../sync/sync-fixture';
import { auditActions, itemsOfClass, outboxRig } from './outbox-fixture';
import { useSyncedSandbox } from './synced-sandbox';

const SECRET = 'whsec_sandbox_merchant_0123456789';
const tempDir = useTempDirs();
const synced = useSyncedSandbox(43);
let receiver: WebhookReceiver;

afterEach(async () => receiver.close());

describe("re-sending a payment's gateway event to the merchant's webhook endpoint", () => {
  it('fetches the event from the gateway and delivers it signed, once the endpoint is set', async () => {
    receiver = await startWebhookReceiver(SECRET);
    const db = synced.copy(tempDir());
    const rig = outboxRig(db, sandboxConnectors(synced.sandbox()));
    const [key] = itemsOfClass(db, 'orphan_payment');
    if (!key) throw new Error('the sandbox has no orphan payment');
    expect(() => rig.outbox.resendEvents({ key })).toThrow(/No webhook endpoint is set/);

    await rig.webhooks.configure(receiver.url, SECRET);
    const [queued] = rig.outbox.resendEvents({ key, reason: 'customer closed the pop-up' });
    expect(queued).toMatchObject({ kind: 'webhook_event', state: 'pending', eventId: null, eventType: expect.stringMatching(/\.succeeded$/) });
    await rig.worker.drainUntilSettled();

    const detail = rig.outbox.detail(queued?.id ?? 0);
    expect(detail.row).toMatchObject({ state: 'succeeded', attempts: 1, eventId: expect.stringMatching(/^evt_/) });
    expect(receiver.accepted).toEqual([{ id: detail.row.eventId, type: queued?.eventType, objectId: queued?.paymentId, body: expect.any(String) }]);
    expect(receiver.rejected).toBe(0);
    expect(detail.attempts[0]?.exchanges.map((exchange) => exchange.response)).toEqual([`found ${detail.row.eventId ?? ''}`, 'HTTP 200: delivered']);
    expect(auditActions(db, String(queued?.id))).toEqual(['outbox.queue_event', 'outbox.attempt', 'outbox.succeeded']);
    // The secret is nowhere in the database: not in settings, the outbox or the audit trail.
    const dump = db.all<Record<string, unknown>>(sql`SELECT * FROM settings UNION ALL SELECT seq, before_json, after_json FROM audit_log`);
    expect(JSON.stringify(dump)).not.toContain(SECRET);
    await rig.worker.stop();
  });

  it('retries an endpoint that is down with the very same event, and dead-letters one that refuses it', async () => {
    receiver = await startWebhookReceiver(SECRET);
    const db = synced.copy(tempDir());
    // The retry comes a second later: soon enough to wait for, late enough that a busy machine
    // does not reach it while the endpoint still answers 503.
    const oneSecond = { baseDelayMs: { connection: 2_000, system: 2_000 }, maxDelayMs: 2_000, maxAttempts: 3 };
    const rig = outboxRig(db, sandboxConnectors(synced.sandbox()), oneSecond, () => 0.5);
    const [, second, third] = itemsOfClass(db, 'orphan_payment');
    if (!second || !third) throw new Error('the sandbox has too few orphan payments');
    await rig.webhooks.configure(receiver.url, SECRET);

    receiver.answer = 503;
    const [retried] = rig.outbox.resendEvents({ key: second });
    await rig.worker.drainDue();
    const failed = rig.outbox.detail(retried?.id ?? 0).row;
    expect(failed).toMatchObject({ state: 'failed', failureClass: 'system' });
    const frozen = db.get<{ payload_json: string }>(sql`SELECT payload_json FROM outbox WHERE id = ${retried?.id ?? 0}`)?.payload_json;
    receiver.answer = 200;
    await rig.worker.drainUntilSettled();
    expect(rig.outbox.detail(retried?.id ?? 0).row).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(receiver.accepted.map((event) => event.body)).toEqual([frozen]);

    receiver.answer = 400;
    const [refused] = rig.outbox.resendEvents({ key: third });
    await rig.worker.drainUntilSettled();
    expect(rig.outbox.detail(refused?.id ?? 0).row).toMatchObject({ state: 'dead', failureClass: 'integration', attempts: 1 });
    await rig.worker.stop();
  });
});
