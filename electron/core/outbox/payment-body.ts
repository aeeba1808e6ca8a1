import { minorToDecimal } from '../../../shared/money';

export interface PaymentToRecord {
  invoiceNumber: string;
  invoiceExternalId: string | null;
  accountCode: string;
  /** YYYY-MM-DD: the day the gateway took the money. */
  paidOn: string;
  amountMinor: number;
  currency: string;
  /** The gateway payment id: how billing, reconciliation and the check before a retry recognise it. */
  reference: string;
}

/**
 * The exact PUT /Payments body, built once when the record is queued and sent unchanged on every
 * attempt. Written by hand rather than with JSON.stringify because Xero takes amounts as JSON
 * numbers in major units: the decimal text comes from integer minor units and goes on the wire
 * as is, never through a float.
 */
export function paymentBody(payment: PaymentToRecord): string {
  const invoice = payment.invoiceExternalId === null ? { InvoiceNumber: payment.invoiceNumber } : { InvoiceID: payment.invoiceExternalId };
  const amount = minorToDecimal(payment.amountMinor, payment.currency);
  return (
    `{"Payments":[{"Invoice":${JSON.stringify(invoice)},"Account":${JSON.stringify({ Code: payment.accountCode })},` +
    `"Date":${JSON.stringify(payment.paidOn)},"Amount":${amount},"Reference":${JSON.stringify(payment.reference)}}]}`
  );
}
