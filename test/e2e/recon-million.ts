import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open-database';

export const MILLION = 1_000_000;

/**
 * A database with a million open exceptions across every exception class, five currencies and a
 * year of dates, written in one statement. The recorded state says no full run is owed, so the
 * console shows these rows instead of rebuilding them from (absent) payments and invoices.
 */
export function seedMillionExceptions(dataDir: string): void {
  const opened = openDatabase(join(dataDir, 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error(`Could not prepare the database: ${opened.state}`);
  const { db } = opened;
  try {
    db.exec(`
      INSERT INTO exceptions (item_key, class, invoice_number, payment_id, invoice_numbers_json, payment_ids_json, currency,
        amount_at_stake_minor, total_minor, billing_minor, gateway_minor, customer, item_date, period, suggestion_score,
        fingerprint, state, sealed, opened_at, updated_at)
      WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${MILLION}),
      drafts AS (
        SELECT n,
          CASE n % 7 WHEN 0 THEN 'currency_mismatch' WHEN 1 THEN 'unposted_payment' WHEN 2 THEN 'duplicate_payment'
            WHEN 3 THEN 'refund_not_reflected' WHEN 4 THEN 'missing_payment' WHEN 5 THEN 'amount_mismatch'
            ELSE 'orphan_payment' END AS cls,
          CASE n % 5 WHEN 0 THEN 'USD' WHEN 1 THEN 'EUR' WHEN 2 THEN 'GBP' WHEN 3 THEN 'JPY' ELSE 'KWD' END AS currency,
          (n * 7919) % 250000 + 100 AS stake,
          date('2026-09-30', '-' || (n % 365) || ' days') AS day,
          printf('BIG-%07d', n) AS invoice,
          printf('pi_big%07d', n) AS payment,
          n % 4000 AS customer
        FROM seq
      )
      SELECT
        CASE cls WHEN 'orphan_payment' THEN 'payment:' || payment ELSE 'invoice:' || invoice END,
        cls,
        CASE cls WHEN 'orphan_payment' THEN NULL ELSE invoice END,
        CASE cls WHEN 'orphan_payment' THEN payment ELSE NULL END,
        CASE cls WHEN 'orphan_payment' THEN '[]' ELSE json_array(invoice) END,
        CASE cls WHEN 'missing_payment' THEN '[]' ELSE json_array(payment) END,
        currency,
        stake,
        CASE cls WHEN 'orphan_payment' THEN NULL ELSE stake * 2 END,
        CASE cls WHEN 'unposted_payment' THEN stake WHEN 'missing_payment' THEN stake WHEN 'orphan_payment' THEN 0
          WHEN 'currency_mismatch' THEN 0 ELSE stake * 2 END,
        CASE cls WHEN 'unposted_payment' THEN stake * 2 WHEN 'missing_payment' THEN 0 WHEN 'orphan_payment' THEN stake
          WHEN 'duplicate_payment' THEN stake * 3 WHEN 'currency_mismatch' THEN 0 ELSE stake END,
        'Customer ' || customer || ' <customer' || customer || '@example.com>',
        day,
        substr(day, 1, 7),
        CASE WHEN cls = 'orphan_payment' AND n % 3 = 0 THEN 50 + n % 50 END,
        'seeded',
        'open',
        0,
        '2026-10-01T00:00:00.000Z',
        '2026-10-01T00:00:00.000Z'
      FROM drafts;
      UPDATE recon_state SET full_run_owed = 0;
    `);
  } finally {
    db.close();
  }
}
