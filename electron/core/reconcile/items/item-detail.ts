import { ApiError } from '../../../../shared/contract/errors';
import type { InvoiceView, ItemDetail, PaymentView, ReconItem, Suggestion } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { historyOf } from '../decisions/decision-log';
import { reconcile } from '../engine/reconcile';
import type { EngineLink, EngineSuggestion } from '../engine/types';
import { loadAffected } from '../store/load-affected';
import type { PaymentRow as SourcePaymentRow } from '../store/source-rows';
import { findItem } from './item-query';

/** Enough to open one customer's worth of records; beyond it the detail shows what is stored. */
const DETAIL_LIMIT = 5_000;

/**
 * An item side by side: the invoice(s) left, the payment(s) right, with how each is linked and
 * what the engine suggests. The links are worked out afresh for the item's part of the ledger,
 * so the detail always agrees with the data as it is now.
 */
export function itemDetail(db: Database, key: string, now: Date): ItemDetail {
  const item = findItem(db, key, now);
  if (!item) throw new ApiError('not_found', `There is no reconciliation item ${key}.`);
  const seed = item.invoiceNumber ? { entity: 'invoice' as const, key: item.invoiceNumber } : { entity: 'payment' as const, key: item.paymentId ?? '' };
  const input = loadAffected(db, [seed], DETAIL_LIMIT);
  const result = input ? reconcile(input) : { links: [], suggestions: [] };

  const mine = (pair: { invoiceNumber: string; paymentId: string }): boolean =>
    item.invoiceNumber ? pair.invoiceNumber === item.invoiceNumber : pair.paymentId === item.paymentId;
  const links = result.links.filter(mine);
  const suggestions = result.suggestions.filter(mine);

  const invoiceNumbers = item.invoiceNumber ? [item.invoiceNumber] : suggestions.map((suggestion) => suggestion.invoiceNumber);
  const paymentIds = item.invoiceNumber
    ? [...links.map((link) => link.paymentId), ...suggestions.map((suggestion) => suggestion.paymentId)]
    : [item.paymentId ?? ''];
  return {
    item,
    invoices: unique(invoiceNumbers).flatMap((number) => invoiceView(db, number) ?? []),
    payments: unique(paymentIds).flatMap((id) => paymentView(db, id, linkOf(links, item, id)) ?? []),
    suggestions: suggestions.map(toSuggestion),
    history: historyOf(db, key, item.invoiceNumber, item.paymentId),
  };
}

function linkOf(links: readonly EngineLink[], item: ReconItem, paymentId: string): PaymentView['link'] {
  const link = links.find((candidate) => candidate.paymentId === paymentId && (!item.invoiceNumber || candidate.invoiceNumber === item.invoiceNumber));
  return link ? { origin: link.origin, allocatedMinor: link.allocatedMinor } : null;
}

function toSuggestion(suggestion: EngineSuggestion): Suggestion {
  return { invoiceNumber: suggestion.invoiceNumber, paymentId: suggestion.paymentId, score: suggestion.score, reasons: [...suggestion.reasons] };
}

interface InvoiceRow {
  number: string;
  status: string;
  contact_name: string | null;
  contact_email: string | null;
  currency: string;
  total_minor: number;
  amount_credited_minor: number;
  amount_paid_minor: number;
  amount_due_minor: number;
  issued_on: string | null;
  due_on: string | null;
}

export function invoiceView(db: Database, number: string): InvoiceView | undefined {
  const row = db.get<InvoiceRow>(sql`SELECT number, status, contact_name, contact_email, currency, total_minor, amount_credited_minor,
    amount_paid_minor, amount_due_minor, issued_on, due_on FROM invoices WHERE number = ${number}`);
  if (!row) return undefined;
  const billingPayments = db.all<{ id: string; kind: string; amount_minor: number; reference: string | null; paid_on: string }>(
    sql`SELECT id, kind, amount_minor, reference, paid_on FROM invoice_payments WHERE invoice_number = ${number} ORDER BY paid_on, id`,
  );
  return {
    number: row.number,
    status: row.status,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    currency: row.currency,
    totalMinor: row.total_minor,
    amountCreditedMinor: row.amount_credited_minor,
    amountPaidMinor: row.amount_paid_minor,
    amountDueMinor: row.amount_due_minor,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    billingPayments: billingPayments.map((payment) => ({ id: payment.id, kind: payment.kind, amountMinor: payment.amount_minor, reference: payment.reference, paidOn: payment.paid_on })),
  };
}

/** The engine's payment row, with what the detail also shows of the card. */
interface PaymentRow extends SourcePaymentRow {
  card_brand: string | null;
  card_last4: string | null;
}

export function paymentView(db: Database, id: string, link: PaymentView['link']): PaymentView | undefined {
  const row = db.get<PaymentRow>(sql`SELECT id, charge_id, status, currency, amount_minor, customer_email, invoice_reference, card_brand, card_last4, created_at,
      coalesce((SELECT sum(amount_minor) FROM refunds WHERE payment_id = payments.id AND status = 'succeeded'), 0) AS refunded_minor
    FROM payments WHERE id = ${id}`);
  if (!row) return undefined;
  return {
    id: row.id,
    chargeId: row.charge_id,
    status: row.status,
    currency: row.currency,
    amountMinor: row.amount_minor,
    refundedMinor: row.refunded_minor,
    customerEmail: row.customer_email,
    invoiceReference: row.invoice_reference,
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    createdAt: new Date(row.created_at).toISOString(),
    link,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
