import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceStore } from '../../../../electron/core/store/source-store';
import { useTempDirs } from '../../../helpers/temp-dir';
import { FIXTURES, openTestDb, read, recordsOf, SAMPLES, STRIPE, STRIPE_HEADER, stripeCharge, writeFile } from './import-test-kit';

const tempDir = useTempDirs();

describe('the stripe-balance-report preset', () => {
  it('turns charge rows into payments in exact minor units, with their invoice reference', async () => {
    const db = openTestDb(tempDir());
    const { payments, reading } = await recordsOf(db, join(FIXTURES, 'stripe-small.csv'), STRIPE);
    expect(payments.map(({ raw: _raw, ...payment }) => payment)).toEqual([
      {
        id: 'pi_1', chargeId: 'ch_1', source: 'import:stripe-balance-report', status: 'succeeded', amountMinor: 1230, currency: 'USD',
        customerId: 'cus_1', customerEmail: 'ann@example.com', invoiceReference: 'INV-1', cardBrand: null, cardLast4: null,
        createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-01T10:00:00.000Z',
      },
      expect.objectContaining({ id: 'pi_2', amountMinor: 1200, currency: 'JPY', createdAt: '2026-10-02T11:30:15.000Z' }),
      // No PaymentIntent: the charge id is the payment id; no metadata: the invoice id is the reference.
      expect.objectContaining({ id: 'ch_3', chargeId: 'ch_3', amountMinor: 1250, currency: 'KWD', invoiceReference: 'in_3', customerId: null }),
    ]);
    expect(payments[0]?.raw).toMatchObject({ description: 'Order 1, blue', 'payment_metadata[order_ref]': 'ORD-A', gross: '12.30' });
    expect(reading.converted.skipped).toEqual(new Map([['fee', 1], ['payout', 1]]));
    db.close();
  });

  it('turns refund rows into positive refunds linked to the refunded payment', async () => {
    const db = openTestDb(tempDir());
    const { refunds } = await recordsOf(db, join(FIXTURES, 'stripe-small.csv'), STRIPE);
    expect(refunds.map(({ raw: _raw, ...refund }) => refund)).toEqual([
      { id: 're_4', paymentId: 'pi_1', source: 'import:stripe-balance-report', status: 'succeeded', amountMinor: 500, currency: 'USD', createdAt: '2026-10-04T08:00:00.000Z' },
      { id: 're_5', paymentId: 'ch_3', source: 'import:stripe-balance-report', status: 'succeeded', amountMinor: 250, currency: 'KWD', createdAt: '2026-10-05T09:00:00.000Z' },
    ]);
    db.close();
  });

  it('links a refund to a payment Paydesk already holds, by its charge', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const { payments } = await recordsOf(db, join(FIXTURES, 'stripe-small.csv'), STRIPE);
    new SourceStore(db).write({ payments: payments.filter((payment) => payment.id === 'pi_1') });
    const path = writeFile(dir, 'refund.csv', `${STRIPE_HEADER}\ntxn_9,2026-11-01 00:00:00,usd,-2.00,0,-2.00,refund,re_9,,,,ch_1,,,\n`);
    const { refunds } = await recordsOf(db, path, STRIPE);
    expect(refunds).toEqual([expect.objectContaining({ id: 're_9', paymentId: 'pi_1', amountMinor: 200 })]);
    db.close();
  });

  it('reads the invoice reference from the metadata key the format names', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const { payments } = await recordsOf(db, join(FIXTURES, 'stripe-small.csv'), { ...STRIPE, invoiceReferenceKey: 'order_ref' });
    expect(payments.map((payment) => payment.invoiceReference)).toEqual(['ORD-A', 'ORD-B', 'ORD-C']);
    db.close();
  });

  it('reads the sample file: several currencies, refunds, fees and payouts', async () => {
    const db = openTestDb(tempDir());
    const { payments, refunds, reading } = await recordsOf(db, join(SAMPLES, 'stripe-balance-report.csv'), STRIPE);
    expect(payments).toHaveLength(20);
    expect(new Set(payments.map((payment) => payment.currency))).toEqual(new Set(['USD', 'GBP', 'EUR', 'JPY', 'KWD']));
    expect(payments.find((payment) => payment.invoiceReference === 'INV-1005')).toMatchObject({ currency: 'KWD', amountMinor: 87_750 });
    expect(payments.find((payment) => payment.invoiceReference === 'INV-1004')).toMatchObject({ currency: 'JPY', amountMinor: 21_120 });
    expect(refunds.map((refund) => [refund.currency, refund.amountMinor])).toEqual([
      ['USD', 4900],
      ['JPY', 1100],
    ]);
    expect(refunds.every((refund) => payments.some((payment) => payment.id === refund.paymentId))).toBe(true);
    expect(Object.fromEntries(reading.converted.skipped)).toEqual({ fee: 2, payout: 3, dispute: 1 });
    db.close();
  });

  it('refuses too many decimals, unknown currencies, bad times and signs, naming row, column and value', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'bad.csv', [
      STRIPE_HEADER,
      stripeCharge(1),
      stripeCharge(2, { gross: '12.345' }),
      stripeCharge(3, { currency: 'usdd' }),
      stripeCharge(4, { created: '2026-02-30 10:00:00' }),
      stripeCharge(5, { currency: 'jpy', gross: '100.5' }),
      stripeCharge(6, { gross: '-3.00' }),
      `txn_7,2026-10-01 10:00:00,usd,2.00,0,2.00,refund,re_7,,,,ch_1,pi_1,,`,
      '',
    ].join('\n'));
    const { problems, converted } = await read(db, path, STRIPE);
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 3, column gross: USD allows 2 decimal places (value "12.345")',
      'row 4, column currency: not an ISO 4217 currency code (value "usdd")',
      'row 5, column created_utc: not a real calendar time (value "2026-02-30 10:00:00")',
      'row 6, column gross: JPY allows 0 decimal places (value "100.5")',
      'row 7, column gross: a charge should be a positive amount (value "-3.00")',
      'row 8, column gross: a refund should be a negative amount (value "2.00")',
    ]);
    expect(problems.kept[0]).toMatchObject({ row: 3, column: 'gross', field: 'amount', value: '12.345' });
    expect(converted.counts.payments).toBe(1);
    db.close();
  });

  it('refuses a payment or charge that appears twice, naming both rows', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const twice = stripeCharge(1).replace('txn_1', 'txn_1b');
    const path = writeFile(dir, 'twice.csv', `${STRIPE_HEADER}\n${stripeCharge(1)}\n${stripeCharge(2)}\n${twice}\n`);
    const { problems } = await read(db, path, STRIPE);
    expect(problems.kept.map((problem) => problem.message)).toEqual(['row 4, column payment_intent_id: the same payment is already on row 2 (value "pi_1")']);
    db.close();
  });

  it('refuses a refund whose charge is neither in the file nor stored', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'orphan.csv', `${STRIPE_HEADER}\ntxn_9,2026-11-01 00:00:00,usd,-2.00,0,-2.00,refund,re_9,,,,ch_404,,,\n`);
    const { problems } = await read(db, path, STRIPE);
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 2, column charge_id: the refunded charge is neither in this file nor in Paydesk: import or sync that payment first (value "ch_404")',
    ]);
    db.close();
  });

  it('lists every missing column in one problem', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'payments.csv', 'id,created,amount,currency\n1,2026-10-01,1.00,usd\n');
    const { problems } = await read(db, path, STRIPE);
    expect(problems.count).toBe(1);
    expect(problems.kept[0]?.message).toBe(
      'row 1: missing columns: balance_transaction_id, created_utc, gross, reporting_category, source_id, charge_id, payment_intent_id (choose them when downloading the report)',
    );
    db.close();
  });

  it('keeps formula-looking cells verbatim in the raw record and reads a leading minus as a sign', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const injected = stripeCharge(1, { description: '"=HYPERLINK(""http://evil.example"",""x"")"', email: '@SUM(A1)' });
    const path = writeFile(dir, 'formula.csv', `${STRIPE_HEADER}\n${injected}\ntxn_2,2026-10-02 00:00:00,usd,-1.25,0,-1.25,refund,re_2,+cmd,,,ch_1,pi_1,,\n`);
    const { payments, refunds } = await recordsOf(db, path, STRIPE);
    expect(payments[0]).toMatchObject({ customerEmail: '@SUM(A1)', raw: expect.objectContaining({ description: '=HYPERLINK("http://evil.example","x")' }) });
    expect(refunds[0]).toMatchObject({ amountMinor: 125, raw: expect.objectContaining({ description: '+cmd' }) });
    db.close();
  });
});
