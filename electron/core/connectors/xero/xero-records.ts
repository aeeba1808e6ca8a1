import { decimalToMinor, toCurrency } from '../../convert/amount';
import type { ValueLocation } from '../../convert/conversion-error';
import { msJsonDateToIso } from '../../convert/dates';
import type { InvoicePaymentRecord, InvoiceRecord } from '../../store/records';
import type { XeroInvoice } from './xero-schemas';

/** What billing knows about one invoice, in the canonical model. */
export interface InvoiceRows {
  invoice: InvoiceRecord;
  /** Payments and allocated credit notes, prepayments and overpayments. */
  allocations: InvoicePaymentRecord[];
  /**
   * The kinds whose list Xero sent in full with this invoice: stored allocations of those kinds
   * that are no longer listed were removed in Xero (a deleted payment) and go here too.
   */
  completeKinds: InvoicePaymentRecord['kind'][];
}

/** A Xero calendar date (/Date(ms)/ at midnight UTC) as YYYY-MM-DD. */
function calendarDate(value: unknown, location: ValueLocation): string {
  return msJsonDateToIso(value, location).slice(0, 10);
}

/**
 * A sales invoice with its allocations. Keyed by InvoiceNumber, which is what payments and
 * people refer to; a draft that has no number yet is keyed by its InvoiceID until it gets one.
 */
export function invoiceRows(invoice: XeroInvoice, source: string): InvoiceRows {
  const number = invoice.InvoiceNumber?.trim() ? invoice.InvoiceNumber : invoice.InvoiceID;
  const record = `invoice ${number}`;
  const currency = toCurrency(invoice.CurrencyCode, { record, field: 'CurrencyCode' });
  const minor = (value: unknown, field: string): number => decimalToMinor(value, currency, { record, field });
  const totalMinor = minor(invoice.Total, 'Total');
  const amountPaidMinor = minor(invoice.AmountPaid, 'AmountPaid');
  const amountDueMinor = minor(invoice.AmountDue, 'AmountDue');
  // Xero keeps AmountDue = Total − AmountPaid − AmountCredited, so an omitted AmountCredited is
  // known exactly rather than assumed to be zero.
  const amountCreditedMinor =
    invoice.AmountCredited === undefined ? totalMinor - amountPaidMinor - amountDueMinor : minor(invoice.AmountCredited, 'AmountCredited');

  const allocation = (
    id: string,
    kind: InvoicePaymentRecord['kind'],
    fields: { amount: unknown; date: unknown; reference: string | null; status: string; raw: unknown },
    where: string,
  ): InvoicePaymentRecord => ({
    id,
    invoiceNumber: number,
    source,
    kind,
    status: fields.status,
    amountMinor: decimalToMinor(fields.amount, currency, { record, field: `${where}.${kind === 'payment' ? 'Amount' : 'AppliedAmount'}` }),
    currency,
    reference: fields.reference,
    paidOn: calendarDate(fields.date, { record, field: `${where}.Date` }),
    raw: fields.raw,
  });

  // Xero lists only live payments inside an invoice (a deleted one disappears), so being listed
  // is being recorded; the embedded form carries no Status of its own.
  const payments = (invoice.Payments ?? []).map((payment, index) =>
    allocation(payment.PaymentID, 'payment', { amount: payment.Amount, date: payment.Date, reference: payment.Reference?.trim() || null, status: payment.Status ?? 'AUTHORISED', raw: payment }, `Payments.${index}`),
  );
  // One credit note, prepayment or overpayment can be split over several invoices: the
  // allocation is the pair.
  const creditNotes = (invoice.CreditNotes ?? []).map((note, index) =>
    allocation(`${note.CreditNoteID}:${invoice.InvoiceID}`, 'credit_note', { amount: note.AppliedAmount, date: note.Date, reference: null, status: 'AUTHORISED', raw: note }, `CreditNotes.${index}`),
  );
  const prepayments = (invoice.Prepayments ?? []).map((prepayment, index) =>
    allocation(`${prepayment.PrepaymentID}:${invoice.InvoiceID}`, 'prepayment', { amount: prepayment.AppliedAmount, date: prepayment.Date, reference: prepayment.Reference?.trim() || null, status: 'AUTHORISED', raw: prepayment }, `Prepayments.${index}`),
  );
  const overpayments = (invoice.Overpayments ?? []).map((overpayment, index) =>
    allocation(`${overpayment.OverpaymentID}:${invoice.InvoiceID}`, 'overpayment', { amount: overpayment.AppliedAmount, date: overpayment.Date, reference: null, status: 'AUTHORISED', raw: overpayment }, `Overpayments.${index}`),
  );

  const completeKinds: InvoicePaymentRecord['kind'][] = [];
  if (invoice.Payments) completeKinds.push('payment');
  if (invoice.CreditNotes) completeKinds.push('credit_note');
  if (invoice.Prepayments) completeKinds.push('prepayment');
  if (invoice.Overpayments) completeKinds.push('overpayment');

  return {
    invoice: {
      number,
      externalId: invoice.InvoiceID,
      source,
      status: invoice.Status.toUpperCase(),
      contactName: invoice.Contact?.Name ?? null,
      contactEmail: invoice.Contact?.EmailAddress?.trim() || null,
      currency,
      totalMinor,
      amountPaidMinor,
      amountDueMinor,
      amountCreditedMinor,
      issuedOn: invoice.Date === undefined ? null : calendarDate(invoice.Date, { record, field: 'Date' }),
      dueOn: invoice.DueDate === undefined ? null : calendarDate(invoice.DueDate, { record, field: 'DueDate' }),
      updatedAt: msJsonDateToIso(invoice.UpdatedDateUTC, { record, field: 'UpdatedDateUTC' }),
      raw: invoice,
    },
    allocations: [...payments, ...creditNotes, ...prepayments, ...overpayments],
    completeKinds,
  };
}
