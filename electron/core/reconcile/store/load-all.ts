import type { Database } from '../../db/database';
import { sql, type Query } from '../../db/sql';
import type { EngineInput } from '../engine/types';
import {
  ALLOCATION_FILTER,
  INVOICE_COLUMNS,
  toAllocation,
  toDecisions,
  toEngineInvoice,
  toEnginePayment,
  type DecisionRow,
} from './source-rows';

/** The whole ledger, for a full run. */
export function loadAll(db: Database): EngineInput {
  // Refunds summed once for all payments, rather than looked up payment by payment.
  const payments = sql`SELECT p.id, p.charge_id, p.status, p.currency, p.amount_minor, p.customer_email, p.invoice_reference,
      p.created_at, coalesce(r.refunded, 0) AS refunded_minor
    FROM payments AS p LEFT JOIN (SELECT payment_id, sum(amount_minor) AS refunded FROM refunds WHERE status = 'succeeded' GROUP BY payment_id) AS r
      ON r.payment_id = p.id`;
  return {
    invoices: mapRows(db, sql`SELECT ${INVOICE_COLUMNS} FROM invoices`, toEngineInvoice),
    payments: mapRows(db, payments, toEnginePayment),
    allocations: mapRows(db, sql`SELECT invoice_number, reference, amount_minor FROM invoice_payments WHERE ${ALLOCATION_FILTER}`, toAllocation),
    decisions: toDecisions(db.all<DecisionRow>(sql`SELECT invoice_number, payment_id, state FROM match_links WHERE decided_by IS NOT NULL`)),
  };
}

/** Converts row by row as SQLite hands them over: a million rows never exist twice at once. */
function mapRows<Row, T>(db: Database, query: Query, convert: (row: Row) => T): T[] {
  const out: T[] = [];
  for (const row of db.raw.prepare(query.text).iterate(...query.values) as Iterable<Row>) out.push(convert(row));
  return out;
}
