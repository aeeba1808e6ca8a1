import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { closePeriod } from '../../../electron/core/reconcile/month-end/close-period';
import { periodBridge } from '../../../electron/core/reconcile/month-end/period-bridge';
import { listPeriods } from '../../../electron/core/reconcile/month-end/period-list';
import { useTempDirs } from '../../helpers/temp-dir';
import { insertInvoice, insertItem, insertPayment, insertRefund, openTestDatabase, setItemState } from './month-end-db';

const tempDir = useTempDirs();
const now = new Date('2024-04-03T09:30:00.000Z');

/**
 * March 2024 in USD and EUR. USD: a matched invoice, an unposted payment, a missing payment, a
 * refund billing did not reflect, an orphan payment, a payment for a February invoice (timing),
 * plus a failed payment and a voided invoice that must not count. EUR: an invoice paid in USD
 * (currency_mismatch) and an underpayment (amount_mismatch).
 */
function march(): Database {
  const db = openTestDatabase(tempDir());
  db.transaction(() => {
    insertInvoice(db, { number: 'INV-1', currency: 'USD', totalMinor: 10_000, paidMinor: 10_000, issuedOn: '2024-03-01' });
    insertPayment(db, { id: 'pi_1', currency: 'USD', amountMinor: 10_000, createdAt: '2024-03-05T10:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-1', class: 'matched', currency: 'USD', gatewayMinor: 10_000, billingMinor: 10_000, itemDate: '2024-03-01', paymentIds: ['pi_1'] });

    insertInvoice(db, { number: 'INV-2', currency: 'USD', totalMinor: 5_000, paidMinor: 0, issuedOn: '2024-03-02' });
    insertPayment(db, { id: 'pi_2', currency: 'USD', amountMinor: 5_000, createdAt: '2024-03-06T10:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-2', class: 'unposted_payment', currency: 'USD', gatewayMinor: 5_000, billingMinor: 0, totalMinor: 5_000, itemDate: '2024-03-02', paymentIds: ['pi_2'] });

    insertInvoice(db, { number: 'INV-3', currency: 'USD', totalMinor: 3_000, paidMinor: 3_000, issuedOn: null, updatedAt: '2024-03-09T08:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-3', class: 'missing_payment', currency: 'USD', gatewayMinor: 0, billingMinor: 3_000, itemDate: '2024-03-09', state: 'resolved' });

    insertInvoice(db, { number: 'INV-4', currency: 'USD', totalMinor: 2_000, paidMinor: 2_000, issuedOn: '2024-02-25' });
    insertPayment(db, { id: 'pi_4', currency: 'USD', amountMinor: 2_000, createdAt: '2024-03-02T10:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-4', class: 'matched', currency: 'USD', gatewayMinor: 2_000, billingMinor: 2_000, itemDate: '2024-02-25', paymentIds: ['pi_4'] });

    insertInvoice(db, { number: 'INV-5', currency: 'USD', totalMinor: 4_000, paidMinor: 4_000, issuedOn: '2024-03-03' });
    insertPayment(db, { id: 'pi_5', currency: 'USD', amountMinor: 4_000, createdAt: '2024-03-07T10:00:00.000Z' });
    insertRefund(db, { id: 're_5', paymentId: 'pi_5', amountMinor: 1_000, currency: 'USD' });
    insertRefund(db, { id: 're_5b', paymentId: 'pi_5', amountMinor: 4_000, currency: 'USD', status: 'failed' });
    insertItem(db, { key: 'invoice:INV-5', class: 'refund_not_reflected', currency: 'USD', gatewayMinor: 3_000, billingMinor: 4_000, itemDate: '2024-03-03', paymentIds: ['pi_5'], state: 'accepted' });

    insertPayment(db, { id: 'pi_6', currency: 'USD', amountMinor: 700, createdAt: '2024-03-10T10:00:00.000Z' });
    insertItem(db, { key: 'payment:pi_6', class: 'orphan_payment', currency: 'USD', gatewayMinor: 700, billingMinor: 0, totalMinor: null, itemDate: '2024-03-10', state: 'accepted' });

    insertPayment(db, { id: 'pi_7', currency: 'USD', amountMinor: 999, createdAt: '2024-03-11T10:00:00.000Z', status: 'failed' });
    insertInvoice(db, { number: 'INV-8', currency: 'USD', totalMinor: 500, paidMinor: 500, issuedOn: '2024-03-04', status: 'VOIDED' });
    insertPayment(db, { id: 'pi_april', currency: 'USD', amountMinor: 123, createdAt: '2024-04-01T00:00:00.000Z' });

    insertInvoice(db, { number: 'INV-E1', currency: 'EUR', totalMinor: 9_000, paidMinor: 9_000, issuedOn: '2024-03-12' });
    insertPayment(db, { id: 'pi_8', currency: 'USD', amountMinor: 9_900, createdAt: '2024-03-12T10:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-E1', class: 'currency_mismatch', currency: 'EUR', gatewayMinor: 0, billingMinor: 9_000, itemDate: '2024-03-12', paymentIds: ['pi_8'] });

    insertInvoice(db, { number: 'INV-E2', currency: 'EUR', totalMinor: 5_000, paidMinor: 5_000, issuedOn: '2024-03-13' });
    insertPayment(db, { id: 'pi_9', currency: 'EUR', amountMinor: 4_500, createdAt: '2024-03-13T10:00:00.000Z' });
    insertItem(db, { key: 'invoice:INV-E2', class: 'amount_mismatch', currency: 'EUR', gatewayMinor: 4_500, billingMinor: 5_000, itemDate: '2024-03-13', paymentIds: ['pi_9'] });
  });
  return db;
}

function resolveOpenUsdLines(db: Database): void {
  setItemState(db, 'invoice:INV-2', 'resolved');
  setItemState(db, 'invoice:INV-E1', 'resolved');
}

describe('the statement bridge', () => {
  it('bridges gateway and billing per currency, with the timing difference as the residual', () => {
    const bridge = periodBridge(march(), '2024-03');
    expect(bridge.state).toBe('open');
    expect(bridge.currencies.map((currency) => currency.currency)).toEqual(['EUR', 'USD']);
    const [eur, usd] = bridge.currencies;

    // USD: 10000 + 5000 + 2000 (February's invoice) + (4000 − 1000) + 700 + 9900 (paid for a EUR invoice).
    expect(usd?.gatewayTotalMinor).toBe(30_600);
    // INV-1 + INV-2 + INV-3 (dated by its update) + INV-5; the voided invoice and February's do not count.
    expect(usd?.billingTotalMinor).toBe(17_000);
    expect(usd?.lines).toEqual([
      { class: 'currency_mismatch', count: 1, amountMinor: 9_900, explained: false },
      { class: 'unposted_payment', count: 1, amountMinor: 5_000, explained: false },
      { class: 'refund_not_reflected', count: 1, amountMinor: -1_000, explained: true },
      { class: 'missing_payment', count: 1, amountMinor: -3_000, explained: true },
      { class: 'orphan_payment', count: 1, amountMinor: 700, explained: true },
    ]);
    expect(usd?.residualMinor).toBe(2_000);
    expect(usd?.closable).toBe(false);

    expect(eur).toMatchObject({ gatewayTotalMinor: 4_500, billingTotalMinor: 14_000, residualMinor: 0, closable: true });
    expect(eur?.lines).toEqual([
      { class: 'currency_mismatch', count: 1, amountMinor: -9_000, explained: false },
      { class: 'amount_mismatch', count: 1, amountMinor: -500, explained: false },
    ]);

    for (const currency of bridge.currencies) {
      const lines = currency.lines.reduce((sum, line) => sum + line.amountMinor, 0);
      expect(currency.gatewayTotalMinor - currency.billingTotalMinor).toBe(lines + currency.residualMinor);
    }
    expect(bridge.closable).toBe(false);
    expect(bridge.blockers).toEqual(['USD: residual 20.00 and 1 currency_mismatch item and 1 unposted_payment item still open']);
  });

  it('becomes closable once every line with a residual is explained', () => {
    const db = march();
    resolveOpenUsdLines(db);
    const bridge = periodBridge(db, '2024-03');
    expect(bridge.closable).toBe(true);
    expect(bridge.blockers).toEqual([]);
    // EUR's amount_mismatch is still open, but its residual is zero: nothing is unexplained.
    expect(bridge.currencies.find((currency) => currency.currency === 'EUR')?.lines.at(-1)?.explained).toBe(false);
  });

  it('lists the periods that have items, newest first, with their counts and state', () => {
    const db = march();
    expect(listPeriods(db)).toEqual([
      { period: '2024-03', state: 'open', items: 7 },
      { period: '2024-02', state: 'open', items: 1 },
    ]);
    resolveOpenUsdLines(db);
    closePeriod(db, { period: '2024-03', residualNotes: { USD: 'Payment for February invoice INV-4' }, actor: 'alice', now });
    expect(listPeriods(db)[0]).toEqual({ period: '2024-03', state: 'closed', items: 7 });
  });
});

describe('closing a period', () => {
  it('refuses while a currency has a residual and open lines, saying why', () => {
    const db = march();
    expect(() => closePeriod(db, { period: '2024-03', residualNotes: { USD: 'timing' }, actor: 'alice', now })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('USD: residual 20.00') }),
    );
    expect(db.get(sql`SELECT COUNT(*) AS n FROM recon_periods`)).toEqual({ n: 0 });
  });

  it('needs a note for each non-zero residual', () => {
    const db = march();
    resolveOpenUsdLines(db);
    const attempt = (): unknown => closePeriod(db, { period: '2024-03', residualNotes: { EUR: 'not needed' }, actor: 'alice', now });
    expect(attempt).toThrow(ApiError);
    expect(attempt).toThrow('Add a note explaining the residual of USD 20.00 before closing 2024-03.');
  });

  it('seals the bridge and every item of the period, and refuses to close twice', () => {
    const db = march();
    resolveOpenUsdLines(db);
    const closed = closePeriod(db, { period: '2024-03', residualNotes: { USD: 'Payment for February invoice INV-4' }, actor: 'alice', now });
    expect(closed).toMatchObject({ state: 'closed', closedAt: '2024-04-03T09:30:00.000Z', closedBy: 'alice', closable: false, blockers: [] });
    expect(closed.currencies.map((currency) => [currency.currency, currency.residualNote])).toEqual([
      ['EUR', null],
      ['USD', 'Payment for February invoice INV-4'],
    ]);
    const sealed = db.all<{ period: string; sealed: number }>(sql`SELECT period, sealed FROM exceptions ORDER BY item_key`);
    expect(sealed.filter((row) => row.period === '2024-03').every((row) => row.sealed === 1)).toBe(true);
    expect(sealed.filter((row) => row.period === '2024-02').every((row) => row.sealed === 0)).toBe(true);

    expect(() => closePeriod(db, { period: '2024-03', residualNotes: { USD: 'again' }, actor: 'bob', now })).toThrow(
      expect.objectContaining({ code: 'conflict', message: '2024-03 was already closed on 2024-04-03 by alice.' }),
    );
    expect(db.all(sql`SELECT actor, action, entity_id, reason FROM audit_log`)).toEqual([
      { actor: 'alice', action: 'period.close', entity_id: '2024-03', reason: 'USD: Payment for February invoice INV-4' },
    ]);
  });

  it('keeps a closed bridge as it was sealed when the data changes later', () => {
    const db = march();
    resolveOpenUsdLines(db);
    const closed = closePeriod(db, { period: '2024-03', residualNotes: { USD: 'Payment for February invoice INV-4' }, actor: 'alice', now });
    insertPayment(db, { id: 'pi_late', currency: 'USD', amountMinor: 50_000, createdAt: '2024-03-30T10:00:00.000Z' });
    db.run(sql`UPDATE invoices SET amount_paid_minor = 0 WHERE number = 'INV-1'`);
    expect(periodBridge(db, '2024-03')).toEqual(closed);
  });
});
