import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { copyOf, reconcileNow } from '../reconcile/reconcile-fixture';
import { BILLING_ID, openTestDatabase, runSync, sandboxConnectors } from '../sync/sync-fixture';
import { auditActions, itemsOfClass, outboxRig } from './outbox-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;
let synced: Database;
let syncedDir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 43 });
  syncedDir = mkdtempSync(join(tmpdir(), 'paydesk-synced-'));
  synced = openTestDatabase(syncedDir);
  await runSync(synced, sandbox);
  await reconcileNow(synced);
}, 120_000);
afterAll(async () => {
  synced.close();
  rmSync(syncedDir, { recursive: true, force: true });
  await sandbox.close();
});

/** Billing's own record of an invoice's payments carrying a reference. */
async function billingPaymentsWith(invoiceNumber: string, reference: string): Promise<unknown[]> {
  const response = await fetch(new URL(`/api.xro/2.0/Invoices/${invoiceNumber}`, sandbox.billing.url), {
    headers: { authorization: `Bearer ${sandbox.credentials.billingToken}`, 'xero-tenant-id': sandbox.credentials.billingTenantId, accept: 'application/json' },
  });
  const body = (await response.json()) as { Invoices: { Payments?: { Reference?: string }[] }[] };
  return (body.Invoices[0]?.Payments ?? []).filter((payment) => payment.Reference === reference);
}

describe('posting an unposted payment to billing from its reconciliation item', () => {
  it('records it in billing once, refreshes the invoice and the item turns matched', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    const rig = outboxRig(db, sandboxConnectors(sandbox));
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
    const db = copyOf(synced, syncedDir, tempDir());
    const rig = outboxRig(db, sandboxConnectors(sandbox));
    const [, key] = itemsOfClass(db, 'unposted_payment');
    if (!key) throw new Error('the sandbox has too few unposted payments');
    await sandbox.billing.setFaults({ down: true });
    try {
      const [queued] = rig.outbox.postItem({ key, accountCode: '090' });
      await rig.worker.drainDue();
      const failed = rig.outbox.detail(queued?.id ?? 0);
      expect(failed.row).toMatchObject({ state: 'failed', failureClass: 'connection', attempts: 1 });
      expect(failed.row.nextAttemptAt).not.toBeNull();
      expect(failed.attempts[0]).toMatchObject({ outcome: 'failed', failureClass: 'connection', httpStatus: null });
    } finally {
      await sandbox.billing.setFaults({ down: false });
    }
    rig.worker.connectorRecovered(BILLING_ID);
    await rig.worker.drainUntilSettled();
    const [row] = rig.outbox.forItem(key);
    expect(row).toMatchObject({ state: 'succeeded', attempts: 2 });
    expect(await billingPaymentsWith(row?.invoiceNumber ?? '', row?.paymentId ?? '')).toHaveLength(1);
    await rig.worker.stop();
  });

  it('dead-letters an integration failure at once, and a manual retry after the fix sends it', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    const [gateway, billing] = sandboxConnectors(sandbox);
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
