import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paydesk, ROOT } from '../../helpers/paydesk-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const fixtures = resolve(ROOT, 'test/fixtures/import');
const tempDir = useTempDirs();

function importedDatabase(): string {
  const db = join(tempDir(), 'paydesk.db');
  expect(paydesk('import', '--db', db, '--preset', 'stripe-balance-report', join(fixtures, 'stripe-small.csv')).status).toBe(0);
  expect(paydesk('import', '--db', db, '--preset', 'xero-invoices', '--date-order', 'dmy', join(fixtures, 'xero-small.csv')).status).toBe(0);
  return db;
}

describe('paydesk reconcile', () => {
  it('prints one item per invoice and per orphan payment, in the JSON DESIGN.md fixes', () => {
    const result = paydesk('reconcile', '--db', importedDatabase(), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      summary: {
        period: null,
        items: 5,
        by_class: { missing_payment: 1, orphan_payment: 1, refund_not_reflected: 1, unpaid: 1, unposted_payment: 1 },
        amount_at_stake_minor: {
          missing_payment: { KWD: 3000 },
          orphan_payment: { KWD: 1000 },
          refund_not_reflected: { USD: 500 },
          unpaid: { EUR: 0 },
          unposted_payment: { JPY: 1200 },
        },
      },
      items: [
        // INV-1: 12.30 USD paid on both sides, then 5.00 refunded at the gateway.
        { class: 'refund_not_reflected', payments: ['pi_1'], invoices: ['INV-1'], currency: 'USD', amount_at_stake_minor: 500 },
        // INV-2: ¥1,200 taken at the gateway, nothing recorded in billing.
        { class: 'unposted_payment', payments: ['pi_2'], invoices: ['INV-2'], currency: 'JPY', amount_at_stake_minor: 1200 },
        // INV-3: billing shows 3.000 KWD paid; no gateway payment names it.
        { class: 'missing_payment', payments: [], invoices: ['INV-3'], currency: 'KWD', amount_at_stake_minor: 3000 },
        // ch_3: a charge without a PaymentIntent or an invoice reference.
        { class: 'orphan_payment', payments: ['ch_3'], invoices: [], currency: 'KWD', amount_at_stake_minor: 1000 },
        { class: 'unpaid', payments: [], invoices: ['INV-5'], currency: 'EUR', amount_at_stake_minor: 0 },
      ],
    });
  });

  it('narrows to one period, and says what a bad period or a missing database flag is in one line', () => {
    const db = importedDatabase();
    const october = JSON.parse(paydesk('reconcile', '--db', db, '--period', '2026-10', '--json').stdout) as { summary: { period: string; items: number } };
    expect(october.summary).toMatchObject({ period: '2026-10', items: 5 });
    const september = JSON.parse(paydesk('reconcile', '--db', db, '--period', '2026-09', '--json').stdout) as unknown;
    expect(september).toEqual({ summary: { period: '2026-09', items: 0, by_class: {}, amount_at_stake_minor: {} }, items: [] });

    const badPeriod = paydesk('reconcile', '--db', db, '--period', '2026-13', '--json');
    expect(badPeriod.status).toBe(2);
    expect(badPeriod.stderr).toBe('paydesk: --period must be a month written YYYY-MM, got "2026-13"\n');
    const noDb = paydesk('reconcile', '--json');
    expect(noDb.status).toBe(2);
    expect(noDb.stderr.trim().split('\n')).toHaveLength(1);
  });
});
