import type { Database } from '../db/database';
import { sql, type SqlFragment } from '../db/sql';
import type { CheckoutFacts } from './classify-checkout';

export interface SessionFacts extends CheckoutFacts {
  sessionId: string;
  startedAt: string;
}

interface FactsRow {
  id: string;
  status: string;
  payment_status: string | null;
  created_at: string;
  payment_state: string | null;
  error_code: string | null;
  error_message: string | null;
  billed: number;
  paid_later: number;
}

/**
 * The facts of up to `limit` sessions after `afterId` that `which` selects (a condition on `c`,
 * the checkouts row), in id order so callers can page through a million without holding them. Billing counts a payment when one of its recorded payments (not deleted) carries the
 * intent id or its charge id as reference, as the reconciliation's second pass links them.
 */
export function readCheckoutFacts(db: Database, which: SqlFragment, afterId: string, limit: number): SessionFacts[] {
  const rows = db.all<FactsRow>(sql`
    SELECT c.id, c.status, c.payment_status, c.created_at,
      p.status AS payment_state,
      COALESCE(json_extract(p.raw_json, '$.last_payment_error.decline_code'), json_extract(p.raw_json, '$.last_payment_error.code')) AS error_code,
      json_extract(p.raw_json, '$.last_payment_error.message') AS error_message,
      (p.id IS NOT NULL AND (
        EXISTS (SELECT 1 FROM invoice_payments ip WHERE ip.reference = p.id AND ip.status <> 'DELETED')
        OR (p.charge_id IS NOT NULL AND EXISTS (SELECT 1 FROM invoice_payments ip WHERE ip.reference = p.charge_id AND ip.status <> 'DELETED'))
      )) AS billed,
      (c.invoice_reference IS NOT NULL AND EXISTS (
        SELECT 1 FROM payments later
        WHERE later.invoice_reference = c.invoice_reference AND later.status = 'succeeded'
          AND later.created_at > c.created_at AND later.id IS NOT c.payment_id
      )) AS paid_later
    FROM checkouts c LEFT JOIN payments p ON p.id = c.payment_id
    WHERE ${which} AND c.id > ${afterId}
    ORDER BY c.id LIMIT ${limit}`);
  return rows.map((row) => ({
      sessionId: row.id,
      startedAt: row.created_at,
      status: row.status,
      paymentStatus: row.payment_status,
      payment: row.payment_state === null ? null : { status: row.payment_state, errorCode: row.error_code, errorMessage: row.error_message },
      billed: row.billed === 1,
      paidLater: row.paid_later === 1,
  }));
}
