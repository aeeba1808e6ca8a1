import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import type { EngineInput } from '../engine/types';
import {
  ALLOCATION_FILTER,
  INVOICE_COLUMNS,
  toAllocation,
  toDecisions,
  toEngineInvoice,
  toEnginePayment,
  type AllocationRow,
  type DecisionRow,
  type InvoiceRow,
  type PaymentRow,
} from './source-rows';

/** The whole ledger, for a full run. */
export function loadAll(db: Database): EngineInput {
  // Refunds summed once for all payments, rather than looked up payment by payment.
  const payments = db.raw.prepare(`SELECT p.id, p.charge_id, p.status, p.currency, p.amount_minor, p.customer_email, p.invoice_reference,
      p.created_at, coalesce(r.refunded, 0) AS refunded_minor
    FROM payments AS p LEFT JOIN (SELECT payment_id, sum(amount_minor) AS refunded FROM refunds WHERE status = 'succeeded' GROUP BY payment_id) AS r
      ON r.payment_id = p.id`);
  return {
    invoices: db.all<InvoiceRow>(sql`SELECT ${INVOICE_COLUMNS} FROM invoices`).map(toEngineInvoice),
    payments: (payments.all() as PaymentRow[]).map(toEnginePayment),
    allocations: db.all<AllocationRow>(sql`SELECT invoice_number, reference, amount_minor FROM invoice_payments WHERE ${ALLOCATION_FILTER}`).map(toAllocation),
    decisions: toDecisions(db.all<DecisionRow>(sql`SELECT invoice_number, payment_id, state FROM match_links WHERE decided_by IS NOT NULL`)),
  };
}
