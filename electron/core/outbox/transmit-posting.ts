import { minorToDecimal } from '../../../shared/money';
import { decimalToMinor } from '../convert/amount';
import { ConversionError } from '../convert/conversion-error';
import type { XeroInvoice } from '../connectors/xero/xero-schemas';
import type { AttemptResult, Exchange } from './attempt-log';
import { failedAttempt } from './failed-attempt';
import type { StoredOutboxRow } from './outbox-row';

/** What an attempt needs from billing: XeroBilling, or a fake in tests. */
export interface BillingTarget {
  invoice(idOrNumber: string): Promise<XeroInvoice>;
  createPayment(body: string, idempotencyKey: string): Promise<{ paymentId: string }>;
}

export interface Transmission {
  result: AttemptResult;
  /** The invoice as billing last showed it, to refresh the local copy after a success. */
  invoice: XeroInvoice | null;
}

/**
 * One attempt at recording a payment in billing, check first: ask for the invoice and look for a
 * payment carrying our reference; only if there is none, and the invoice still owes enough, send
 * the frozen body under the row's idempotency key. A payment that landed after an earlier attempt
 * lost its answer (or its process) is found by the check and never sent twice.
 */
export async function transmitPosting(row: StoredOutboxRow, billing: BillingTarget): Promise<Transmission> {
  const exchanges: Exchange[] = [];
  const invoiceKey = row.invoice_external_id ?? row.invoice_number;
  if (invoiceKey === null) throw new Error(`outbox row ${row.id} posts a payment without naming an invoice`);
  const checkRequest = `GET Invoices/${invoiceKey} (is payment ${row.payment_id} recorded?)`;
  let invoice: XeroInvoice;
  try {
    invoice = await billing.invoice(invoiceKey);
  } catch (error) {
    return { result: failedAttempt(error, exchanges, checkRequest), invoice: null };
  }
  const recorded = (invoice.Payments ?? []).find((payment) => payment.Reference === row.payment_id && payment.Status !== 'DELETED');
  if (recorded) {
    exchanges.push({ request: checkRequest, response: `${invoice.Status}: payment ${recorded.PaymentID} already carries reference ${row.payment_id}` });
    return { result: { outcome: 'already_recorded', billingPaymentId: recorded.PaymentID, exchanges }, invoice };
  }
  const due = amountDue(invoice, row.currency);
  exchanges.push({ request: checkRequest, response: `${invoice.Status}: not recorded; ${due === null ? 'amount due unreadable' : `${minorToDecimal(due, row.currency)} ${row.currency} due`}` });
  const refusal = refusalBeforePosting(invoice, row, due);
  if (refusal !== null) {
    return { result: { outcome: 'failed', failureClass: 'integration', httpStatus: null, retryAfterMs: null, message: refusal, exchanges }, invoice };
  }

  const postRequest = `PUT Payments (Idempotency-Key ${row.idempotency_key}): ${minorToDecimal(row.amount_minor, row.currency)} ${row.currency} to ${row.invoice_number}, reference ${row.payment_id}`;
  try {
    const { paymentId } = await billing.createPayment(row.payload_json, row.idempotency_key);
    exchanges.push({ request: postRequest, response: `recorded as payment ${paymentId}` });
    return { result: { outcome: 'posted', billingPaymentId: paymentId, exchanges }, invoice: null };
  } catch (error) {
    return { result: failedAttempt(error, exchanges, postRequest), invoice };
  }
}

/** Why posting would be refused anyway: billing would answer with a validation error, so we do not ask. */
function refusalBeforePosting(invoice: XeroInvoice, row: StoredOutboxRow, due: number | null): string | null {
  if (invoice.CurrencyCode !== row.currency) return `Invoice ${row.invoice_number} is in ${invoice.CurrencyCode}, the payment in ${row.currency}`;
  if (invoice.Status !== 'AUTHORISED') return `Invoice ${row.invoice_number} is ${invoice.Status}; billing takes payments only on approved invoices awaiting payment`;
  if (due === null) return `Invoice ${row.invoice_number}'s AmountDue is not a valid ${row.currency} amount`;
  if (due < row.amount_minor) {
    return `Invoice ${row.invoice_number} has ${minorToDecimal(due, row.currency)} ${row.currency} due, less than the ${minorToDecimal(row.amount_minor, row.currency)} ${row.currency} to record: it was paid another way`;
  }
  return null;
}

function amountDue(invoice: XeroInvoice, currency: string): number | null {
  try {
    return decimalToMinor(invoice.AmountDue, currency, { record: 'invoice', field: 'AmountDue' });
  } catch (error) {
    if (error instanceof ConversionError) return null;
    throw error;
  }
}
