import { ApiError } from '../../../../shared/contract/errors';
import type { Candidate } from '../../../../shared/contract/reconcile';
import { parseDecimalToMinor } from '../../../../shared/money';
import type { Database } from '../../db/database';
import { containsPattern, joinSql, sql, type SqlFragment } from '../../db/sql';
import { findItem } from './item-query';

export interface CandidateSearch {
  key: string;
  amount?: string | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
  customer?: string | undefined;
  reference?: string | undefined;
}

const LIMIT = 50;

/**
 * What a person could match an item with: payments for an invoice, invoices for a payment. In the
 * item's currency; by default the amount still in question, narrowed by date, customer and
 * reference as asked.
 */
export function findCandidates(db: Database, search: CandidateSearch, now: Date): Candidate[] {
  const item = findItem(db, search.key, now);
  if (!item) throw new ApiError('not_found', `There is no reconciliation item ${search.key}.`);
  const amount = search.amount ? parseAmount(search.amount, item.currency) : null;
  const filters: SqlFragment[] = [];

  if (item.invoiceNumber) {
    filters.push(sql`p.currency = ${item.currency}`, sql`p.status = 'succeeded'`);
    filters.push(sql`NOT EXISTS (SELECT 1 FROM json_each(${JSON.stringify(item.paymentIds)}) WHERE value = p.id)`);
    if (amount !== null) filters.push(sql`p.amount_minor = ${amount}`);
    if (search.dateFrom) filters.push(sql`p.created_at >= ${search.dateFrom}`);
    if (search.dateTo) filters.push(sql`p.created_at < ${`${search.dateTo}T99`}`);
    if (search.customer) filters.push(sql`p.customer_email LIKE ${containsPattern(search.customer)} ESCAPE '\\'`);
    if (search.reference) filters.push(sql`(p.id LIKE ${containsPattern(search.reference)} ESCAPE '\\' OR p.invoice_reference LIKE ${containsPattern(search.reference)} ESCAPE '\\')`);
    if (filters.length === 3) filters.push(sql`p.amount_minor = ${Math.max(item.amountAtStakeMinor, item.totalMinor ?? 0)}`);
    return db
      .all<{ id: string; currency: string; amount_minor: number; created_at: string; customer_email: string | null; invoice_reference: string | null }>(
        sql`SELECT p.id, p.currency, p.amount_minor, p.created_at, p.customer_email, p.invoice_reference FROM payments AS p
            WHERE ${joinSql(filters, ' AND ')} ORDER BY p.created_at DESC LIMIT ${LIMIT}`,
      )
      .map((row) => ({ entity: 'payment', id: row.id, currency: row.currency, amountMinor: row.amount_minor, date: row.created_at.slice(0, 10), customer: row.customer_email, reference: row.invoice_reference }));
  }

  filters.push(sql`i.currency = ${item.currency}`, sql`i.status NOT IN ('VOIDED', 'DELETED', 'DRAFT')`);
  if (amount !== null) filters.push(sql`(i.amount_due_minor = ${amount} OR i.total_minor - i.amount_credited_minor = ${amount})`);
  if (search.dateFrom) filters.push(sql`i.issued_on >= ${search.dateFrom}`);
  if (search.dateTo) filters.push(sql`i.issued_on <= ${search.dateTo}`);
  if (search.customer) filters.push(sql`(i.contact_email LIKE ${containsPattern(search.customer)} ESCAPE '\\' OR i.contact_name LIKE ${containsPattern(search.customer)} ESCAPE '\\')`);
  if (search.reference) filters.push(sql`i.number LIKE ${containsPattern(search.reference)} ESCAPE '\\'`);
  if (filters.length === 2) filters.push(sql`i.amount_due_minor = ${item.gatewayMinor}`);
  return db
    .all<{ number: string; currency: string; total_minor: number; issued_on: string | null; contact_name: string | null; contact_email: string | null }>(
      sql`SELECT i.number, i.currency, i.total_minor, i.issued_on, i.contact_name, i.contact_email FROM invoices AS i
          WHERE ${joinSql(filters, ' AND ')} ORDER BY i.issued_on DESC LIMIT ${LIMIT}`,
    )
    .map((row) => ({ entity: 'invoice', id: row.number, currency: row.currency, amountMinor: row.total_minor, date: row.issued_on ?? '', customer: row.contact_name ?? row.contact_email, reference: row.number }));
}

function parseAmount(text: string, currency: string): number {
  try {
    return parseDecimalToMinor(text, currency);
  } catch {
    throw new ApiError('validation', `${text} is not an amount in ${currency}.`);
  }
}
