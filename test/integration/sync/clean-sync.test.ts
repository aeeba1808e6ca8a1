import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountDueMinor } from '../../../electron/sandbox/dataset/invoice-math';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { minorToDecimal } from '../../../shared/money';
import { useTempDirs } from '../../helpers/temp-dir';
import { billingPut, gatewayPost, obj } from '../sandbox/clients';
import { differences, expectedCopy, expectedRefund } from './expected-copy';
import { count, cursors, openTestDatabase, runSync, type SyncRun } from './sync-fixture';
import type { SyncSummary } from '../../../electron/core/sync';

/** An expected row's integer minor units, checked rather than converted. */
function minorOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`expected integer minor units, got ${String(value)}`);
  return value;
}

const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 7 });
});
afterAll(() => sandbox.close());

function summaryOf(run: SyncRun): SyncSummary {
  return run.outcome.summary;
}

describe('a clean sync from the sandbox', () => {
  it('copies both sides exactly, then a second sync is incremental and picks up run-time changes', async () => {
    const db = openTestDatabase(tempDir());
    const first = await runSync(db, sandbox);
    const expected = expectedCopy(sandbox.dataset);

    expect(differences(db, expected)).toEqual([]);
    expect(first.outcome.message).toMatch(/^Synced Sandbox payment gateway and Sandbox billing system: [\d,]+ payments \([\d,]+ added\)/);
    expect(first.outcome.tables).toEqual(expect.arrayContaining(['payments', 'refunds', 'checkouts', 'invoices', 'invoice_payments', 'sync_state']));
    expect(summaryOf(first).tables.payments.added).toBe(expected.payments.length);
    expect(summaryOf(first).failures).toBe(0);
    // Progress named each resource in words and counted pages as it went.
    expect(new Set(first.progress.map((update) => update.phase))).toEqual(
      new Set([
        'Payment gateway: changes since the last sync',
        'Payment gateway: payment intents',
        'Payment gateway: charges',
        'Payment gateway: refunds',
        'Payment gateway: checkout sessions',
        'Billing system: invoices',
      ]),
    );
    const invoicePhase = first.progress.filter((update) => update.phase === 'Billing system: invoices');
    expect(invoicePhase.at(-1)?.recordsTotal).toBe(invoicePhase.at(-1)?.recordsDone);
    expect(first.progress.at(-1)?.pagesDone).toBe(summaryOf(first).pages);
    const lastSynced = db.all<{ last_synced_at: string | null }>({ text: 'SELECT last_synced_at FROM sync_state', values: [] });
    expect(lastSynced).toHaveLength(6);
    expect(lastSynced.every((row) => row.last_synced_at !== null)).toBe(true);

    // While nobody syncs: the gateway refunds part of a payment, billing records a payment.
    const refunded = sandbox.dataset.gateway.paymentIntents.find((intent) => intent.status === 'succeeded' && intent.currency === 'JPY');
    const unpaid = sandbox.dataset.billing.invoices.find((invoice) => amountDueMinor(invoice) > 1000 && invoice.currency === 'KWD');
    if (!refunded || !unpaid) throw new Error('the seed lacks a JPY payment or a KWD invoice with something due');
    const refund = obj((await gatewayPost(sandbox, '/v1/refunds', { payment_intent: refunded.id, amount: '100' })).body);
    const put = await billingPut(sandbox, '/Payments', {
      Payments: [{ Invoice: { InvoiceID: unpaid.invoiceId }, Account: { Code: '090' }, Amount: minorToDecimal(1000, 'KWD'), Reference: 'pi_paid_elsewhere' }],
    });
    expect(put.status).toBe(200);
    const payment = (obj(put.body)['Payments'] as Record<string, unknown>[])[0] ?? {};

    const second = await runSync(db, sandbox);
    expect(summaryOf(second).requests).toBeLessThan(20);
    expect(summaryOf(second).tables.refunds.added).toBe(1);
    expect(summaryOf(second).tables.invoice_payments.added).toBe(1);
    expect(second.outcome.message).toContain('1 added');

    expected.refunds.push(expectedRefund({ id: String(refund['id']), created: Number(refund['created']), chargeId: String(refund['charge']), paymentIntentId: refunded.id, currency: refunded.currency, amountMinor: 100, reason: null, metadata: {} }));
    const invoiceRow = expected.invoices.find((row) => row['number'] === unpaid.invoiceNumber);
    if (!invoiceRow) throw new Error('invoice row missing from the expectation');
    const due = minorOf(invoiceRow['amount_due_minor']) - 1000;
    Object.assign(invoiceRow, {
      status: due === 0 ? 'PAID' : 'AUTHORISED',
      amount_paid_minor: minorOf(invoiceRow['amount_paid_minor']) + 1000,
      amount_due_minor: due,
      updated_at: new Date(Number(/\d+/.exec(String(payment['UpdatedDateUTC']))?.[0])).toISOString(),
    });
    expected.invoice_payments.push({
      id: String(payment['PaymentID']),
      invoice_number: unpaid.invoiceNumber,
      kind: 'payment',
      amount_minor: 1000,
      currency: 'KWD',
      reference: 'pi_paid_elsewhere',
      paid_on: new Date(Number(/\d+/.exec(String(payment['Date']))?.[0])).toISOString().slice(0, 10),
    });
    expect(differences(db, expected)).toEqual([]);
    expect(count(db, 'transmission_failures')).toBe(0);
    expect(Object.values(cursors(db)).every((cursor) => cursor !== null && JSON.parse(cursor).run === null)).toBe(true);
  });
});
