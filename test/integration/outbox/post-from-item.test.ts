import { describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/db/sql';
import { useTempDirs } from '../../helpers/temp-dir';
import { BILLING_ID, sandboxConnectors } from '../sync/sync-fixture';
import { auditActions, itemsOfClass, outboxRig } from './outbox-fixture';
import { useSyncedSandbox } from './synced-sandbox';

const tempDir = useTempDirs();
const synced = useSyncedSandbox(43);

/** Billing's own record of an invoice's payments carrying a reference. */
async function billingPaymentsWith(invoiceNumber: string, reference: string): Promise<unknown[]> {
  const response = await fetch(new URL(`/api.xro/2.0/Invoices/${invoiceNumber}`, synced.sandbox().billing.url), {
    headers: { authorization: `Bearer ${synced.sandbox().credentials.billingToken}`, 'xero-tenant-id': synced.sandbox().credentials.billingTenantId, accept: 'application/json' },
  });
  const body = (await response.json()) as { Invoices: { Payments?: { Reference?: string }[] }[] };
  return (body.Invoices[0]?.Payments ?? []).filter((payment) => payment.Reference === reference);
}

describe('posting an unposted payment to billing from its reconciliation item', () => {
  it('records it in billing once, refreshes the invoice and the item turns matched', async () => {
    const db = synced.copy(tempDir());
    const rig = outboxRig(db, sandboxConnectors(synced.sandbox()));
    const [key] = itemsOfClass(db, 'unposted_payment');
    if (!key) throw new Error('the sandbox has no unposted payment');

    const queued = rig.outbox.postItem({ key, accountCode: '090', reason: 'customer paid by card on the 3rd' });
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((row) => row.state === 'pending' && row.connectorId === BILLING_ID && row.itemKey === key)).toBe(true);
    await rig.worker.drainUntilSettled();
    await Promise.all(rig.landed);

    const [row] = rig.outbox.forItem(key);
    expect(row).toMatchObject({ state: 'succeeded', attempts: 1, failureClass: null });
    expect(row?.billingPaymentId).toEqual(expect.any(String));
    for (const posting of queued) expect(await billingPaymentsWith(posting.invoiceNumber ?? '', posting.paymentId)).toHaveLength(1);
    expect(db.get(sql`SELECT class FROM exceptions WHERE item_key = ${key}`)).toEqual({ class: 'matched' });
    expect(auditActions(db, String(row?.id))).toEqual(['outbox.queue', 'outbox.attempt', 'outbox.succeeded']);
    const detail = rig.outbox.detail(row?.id ?? 0);
    expect(detail.attempts[0]?.outcome).toBe('posted');
    expect(detail.attempts[0]?.exchanges.map((exchange) => exchange.request.split(' ')[0])).toEqual(['GET', 'PUT']);

    // Asking again cannot post it twice: the item is matched now, and the record itself is refused.
    expect(() => rig.outbox.postItem({ key, accountCode: '090' })).toThrow(/Only an unposted payment/);
    await rig.worker.stop();
  });

  it('waits out an outage: connection failures retry by themselves and land once billing is back', async () => {
    const db = synced.copy(tempDir());
    // The automatic retry lands seconds later (a busy machine must not reach it while billing is
    // down); the recovery brings it forward to a few milliseconds.
    const patient = { baseDelayMs: { connection: 3_600_000, system: 3_600_000 }, maxDelayMs: 3_600_000, maxAttempts: 3 };
    const rig = outboxRig(db, sandboxConnectors(synced.sandbox()), patient, () => 0.001);
    const [, key] = itemsOfClass(db, 'unposted_payment');
    if (!key) throw new Error('the sandbox has too few unposted payments');
    await synced.sandbox().billing.setFaults({ down: true });
    try {
      const [queued] = rig.outbox.postItem({ key, accountCode: '090' });
      await rig.worker.drainDue();
      const failed = rig.outbox.detail(queued?.id ?? 0);
      expect(failed.row).toMatchObject({ state: 'failed', failureClass: 'connection', attempts: 1 });
      expect(failed.row.nextAttemptAt).not.toBeNull();
      expect(failed.attempts[0]).toMatchObject({ outcome: 'failed', failureClass: 'connection', httpStatus: null });
    } finally {
      await synced.sandbox().billing.setFaults({ down: false });
    }
    rig.worker.connectorRecovered(BILLING_ID);
    await rig.worker.drainUntilSettled();
    const [row] = rig.outbox.forItem(key);
    expect(row).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(await billingPaymentsWith(row?.invoiceNumber ?? '', row?.paymentId ?? '')).toHaveLength(1);
    await rig.worker.stop();
  });

  it('dead-letters an integration failure at once, and a manual retry after the fix sends it', async () => {
    const db = synced.copy(tempDir());
    const [gateway, billing] = sandboxConnectors(synced.sandbox());
    if (!gateway || !billing || billing.credentials.kind !== 'billing') throw new Error('sandbox connectors changed shape');
    const revoked = { ...billing, credentials: { ...billing.credentials, accessToken: 'revoked-token' } };
    const connectors = [gateway, revoked];
    const rig = outboxRig(db, connectors);
    const [, , key] = itemsOfClass(db, 'unposted_payment');
    if (!key) throw new Error('the sandbox has too few unposted payments');

    const [queued] = rig.outbox.postItem({ key, accountCode: '090' });
    await rig.worker.drainUntilSettled();
    const dead = rig.outbox.detail(queued?.id ?? 0).row;
    expect(dead).toMatchObject({ state: 'dead', failureClass: 'integration', attempts: 1, nextAttemptAt: null });
    expect(dead.lastError).toMatch(/HTTP 401/);

    connectors[1] = billing;
    expect(rig.outbox.act({ action: 'retry', selection: { by: 'filter', filter: { states: ['dead'] } }, remark: 'token renewed' })).toEqual({ changed: 1, skipped: 0 });
    await rig.worker.drainUntilSettled();
    expect(rig.outbox.detail(queued?.id ?? 0).row).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(db.get(sql`SELECT reason FROM audit_log WHERE action = 'outbox.retry'`)).toEqual({ reason: 'token renewed' });
    await rig.worker.stop();
  });
});
