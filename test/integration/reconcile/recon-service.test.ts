import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../electron/core/api/event-bus';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { createImportService } from '../../../electron/core/import/import-service';
import { JobRegistry } from '../../../electron/core/jobs/job-registry';
import { ReconService } from '../../../electron/core/reconcile/recon-service';
import type { Logger } from '../../../electron/core/util/logger';
import { ApiError } from '../../../shared/contract/errors';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures', 'import');
const tempDir = useTempDirs();
const NOW = new Date('2026-10-20T12:00:00Z');
const quiet: Logger = { info: () => undefined, error: () => undefined };
const job = { signal: new AbortController().signal, progress: (): void => undefined };

/** Who is acting: the service asks at each decision, so a change applies at once. */
let actingAs = 'ana';

async function serviceOnImportedFiles(): Promise<{ db: Database; recon: ReconService; announced: string[][] }> {
  actingAs = 'ana';
  const db = openTestDatabase(tempDir());
  const imports = createImportService({ db });
  await imports.run({ kind: 'path', path: join(fixtures, 'stripe-small.csv') }, { kind: 'preset', preset: 'stripe-balance-report' }, job);
  await imports.run({ kind: 'path', path: join(fixtures, 'xero-small.csv') }, { kind: 'preset', preset: 'xero-invoices', dateOrder: 'dmy' }, job);
  const announced: string[][] = [];
  const recon = new ReconService({ db, jobs: new JobRegistry(db, new EventBus(), quiet), actor: () => actingAs, now: () => NOW, announce: (tables) => announced.push(tables) });
  await recon.afterJob({ message: 'Imported.', summary: null, tables: [] }, job);
  return { db, recon, announced };
}

const openKeys = (recon: ReconService): string[] => recon.list({}, 'amount_desc', 0, 100).rows.map((row) => row.key);

describe('the reconciliation service', () => {
  it('lists the open exceptions by money at stake, with totals per class and currency', async () => {
    const { recon } = await serviceOnImportedFiles();
    const page = recon.list({}, 'amount_desc', 0, 100);
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => [row.key, row.class, row.amountAtStakeMinor, row.differenceMinor])).toEqual([
      ['invoice:INV-3', 'missing_payment', 3000, -3000],
      ['invoice:INV-2', 'unposted_payment', 1200, 1200],
      ['payment:ch_3', 'orphan_payment', 1000, 1000],
      ['invoice:INV-1', 'refund_not_reflected', 500, -500],
    ]);
    expect(recon.summary({}).totals).toEqual([
      { class: 'missing_payment', currency: 'KWD', count: 1, amountAtStakeMinor: 3000 },
      { class: 'orphan_payment', currency: 'KWD', count: 1, amountAtStakeMinor: 1000 },
      { class: 'refund_not_reflected', currency: 'USD', count: 1, amountAtStakeMinor: 500 },
      { class: 'unposted_payment', currency: 'JPY', count: 1, amountAtStakeMinor: 1200 },
    ]);
  });

  it('filters by currency, by an amount in major units of each currency, by customer, reference and age', async () => {
    const { recon } = await serviceOnImportedFiles();
    const keys = (filter: Parameters<ReconService['list']>[0]): string[] => recon.list(filter, 'amount_desc', 0, 100).rows.map((row) => row.key);
    expect(keys({ currency: 'KWD' })).toEqual(['invoice:INV-3', 'payment:ch_3']);
    // 5 means 5.00 USD (500), ¥5 and 5.000 KWD (5000): the dinar items fall below it.
    expect(keys({ minAmount: '5' })).toEqual(['invoice:INV-2', 'invoice:INV-1']);
    expect(keys({ maxAmount: '1.0005' })).toEqual(['payment:ch_3']);
    expect(keys({ customer: 'ann@' })).toEqual(['invoice:INV-1']);
    expect(keys({ reference: 'pi_2' })).toEqual(['invoice:INV-2']);
    expect(keys({ classes: ['unpaid'] })).toEqual(['invoice:INV-5']);
    expect(keys({ ageBucket: '8-30' })).toEqual(['invoice:INV-3', 'invoice:INV-2', 'payment:ch_3', 'invoice:INV-1']);
    expect(keys({ ageBucket: '0-1' })).toEqual([]);
  });

  it('resolves with a reason, and undo brings the item back as it was', async () => {
    const { db, recon, announced } = await serviceOnImportedFiles();
    const outcome = await recon.decide({ kind: 'resolve', key: 'invoice:INV-1', reason: 'refund posted as a credit note tomorrow' });
    expect(outcome).toEqual({ affected: 1, summary: 'Resolved invoice INV-1' });
    expect(openKeys(recon)).not.toContain('invoice:INV-1');
    expect(recon.list({ states: ['resolved'] }, 'amount_desc', 0, 10).rows[0]).toMatchObject({ key: 'invoice:INV-1', resolutionReason: 'refund posted as a credit note tomorrow' });
    expect(announced.at(-1)).toContain('exceptions');

    actingAs = 'bob';
    expect(await recon.undo()).toEqual({ affected: 1, summary: 'Undid: Resolved invoice INV-1' });
    expect(openKeys(recon)).toContain('invoice:INV-1');
    expect(recon.item('invoice:INV-1').history.map((entry) => [entry.kind, entry.actor, entry.undone])).toEqual([['resolve', 'ana', true]]);
    expect(db.all(sql`SELECT actor, action, entity_id, reason FROM audit_log WHERE action LIKE 'recon.%' ORDER BY seq`)).toEqual([
      { actor: 'ana', action: 'recon.resolve', entity_id: 'invoice:INV-1', reason: 'refund posted as a credit note tomorrow' },
      { actor: 'bob', action: 'recon.undo', entity_id: '1', reason: 'Resolved invoice INV-1' },
    ]);
    // The two imports before them are in the same chain.
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 4 });
  });

  it('matches by hand, re-evaluating both sides at once, and undoes the match', async () => {
    const { recon } = await serviceOnImportedFiles();
    await recon.decide({ kind: 'match', key: 'payment:ch_3', invoiceNumber: 'INV-3', paymentId: 'ch_3' });
    expect(openKeys(recon)).not.toContain('payment:ch_3');
    const detail = recon.item('invoice:INV-3');
    expect(detail.item).toMatchObject({ class: 'amount_mismatch', gatewayMinor: 1000, billingMinor: 3000, paymentIds: ['ch_3'] });
    expect(detail.payments.map((payment) => [payment.id, payment.link?.origin])).toEqual([['ch_3', 'manual']]);

    await recon.undo();
    expect(recon.item('invoice:INV-3').item.class).toBe('missing_payment');
    expect(openKeys(recon)).toContain('payment:ch_3');
  });

  it('opens an item side by side with refunds netted and how each payment is linked', async () => {
    const { recon } = await serviceOnImportedFiles();
    const detail = recon.item('invoice:INV-1');
    expect(detail.invoices.map((invoice) => [invoice.number, invoice.totalMinor, invoice.amountPaidMinor])).toEqual([['INV-1', 1230, 1230]]);
    expect(detail.payments).toEqual([expect.objectContaining({ id: 'pi_1', amountMinor: 1230, refundedMinor: 500, link: { origin: 'reference', allocatedMinor: 730 } })]);
    expect(JSON.parse(recon.raw('payment', 'pi_1').json)).toBeTypeOf('object');
  });

  it('resolves everything matching a filter with one remark, and leaves sealed items alone', async () => {
    const { db, recon } = await serviceOnImportedFiles();
    db.run(sql`UPDATE exceptions SET sealed = 1 WHERE item_key = 'invoice:INV-2'`);
    const outcome = recon.bulk({ target: { kind: 'filter', filter: {} }, action: 'accept', remark: 'reviewed with the auditor' });
    expect(outcome).toEqual({ affected: 3, summary: 'Accepted 3 items' });
    expect(openKeys(recon)).toEqual(['invoice:INV-2']);
    await expect(recon.decide({ kind: 'resolve', key: 'invoice:INV-2', reason: 'late' })).rejects.toThrow(ApiError);
    await expect(recon.decide({ kind: 'resolve', key: 'invoice:INV-2', reason: 'late' })).rejects.toThrow(/is closed: invoice INV-2 is read-only/);
  });

  it('finds candidates for a manual match in the same currency, by amount and customer', async () => {
    const { recon } = await serviceOnImportedFiles();
    expect(recon.candidates({ key: 'payment:ch_3', amount: '3' }).map((candidate) => candidate.id)).toEqual(['INV-3']);
    expect(recon.candidates({ key: 'invoice:INV-3', customer: 'nobody' })).toEqual([]);
    expect(() => recon.candidates({ key: 'invoice:INV-3', amount: '1.2345' })).toThrow(/is not an amount in KWD/);
  });
});
