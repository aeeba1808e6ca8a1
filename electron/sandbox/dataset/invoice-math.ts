import type { BillingInvoice } from './types';

// Xero derives these from an invoice's payments and allocated credit notes; so do we, so that a
// recorded payment can never leave AmountDue and Status out of step.

export function amountPaidMinor(invoice: BillingInvoice): number {
  return invoice.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
}

export function amountCreditedMinor(invoice: BillingInvoice): number {
  return invoice.creditNotes.reduce((sum, note) => sum + note.appliedMinor, 0);
}

export function amountDueMinor(invoice: BillingInvoice): number {
  return invoice.totalMinor - amountPaidMinor(invoice) - amountCreditedMinor(invoice);
}

export function invoiceStatus(invoice: BillingInvoice): 'AUTHORISED' | 'PAID' {
  return amountDueMinor(invoice) === 0 ? 'PAID' : 'AUTHORISED';
}

/** The date of the payment that settled the invoice, or null while something is still due. */
export function fullyPaidOnDate(invoice: BillingInvoice): string | null {
  if (invoiceStatus(invoice) !== 'PAID') return null;
  const dates = invoice.payments.map((payment) => payment.date).sort();
  return dates[dates.length - 1] ?? invoice.date;
}
