/**
 * Status words files use, to the ones Paydesk stores: Xero's API words for invoices, Stripe's
 * for payments. Reconciliation keys on these, so an unknown word is a problem, never a guess.
 */

/** Xero's export writes what its screens show; its API (and Paydesk) use the upper-case words. */
const INVOICE_STATUSES: ReadonlyMap<string, string> = new Map([
  ['draft', 'DRAFT'],
  ['awaiting approval', 'SUBMITTED'],
  ['submitted', 'SUBMITTED'],
  ['awaiting payment', 'AUTHORISED'],
  ['authorised', 'AUTHORISED'],
  ['authorized', 'AUTHORISED'],
  ['paid', 'PAID'],
  ['voided', 'VOIDED'],
  ['void', 'VOIDED'],
  ['deleted', 'DELETED'],
]);

export const INVOICE_STATUS_HINT = 'Draft, Awaiting Approval, Awaiting Payment, Paid, Voided or Deleted';

export function invoiceStatus(text: string): string | undefined {
  return INVOICE_STATUSES.get(text.trim().replace(/\s+/g, ' ').toLowerCase());
}

const PAYMENT_STATUSES: ReadonlySet<string> = new Set([
  'succeeded',
  'processing',
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'requires_capture',
  'canceled',
  'failed',
  'pending',
]);

export const PAYMENT_STATUS_HINT = [...PAYMENT_STATUSES].join(', ');

export function paymentStatus(text: string): string | undefined {
  const word = text.trim().toLowerCase();
  return PAYMENT_STATUSES.has(word) ? word : undefined;
}
