import { z } from 'zod';

// Xero Accounting API shapes, with the field names and JSON types of Xero's published OpenAPI
// document (xero_accounting.json): money is a JSON number in major units, dates are Microsoft
// JSON dates (/Date(1518685950940+0000)/). Only what Paydesk reads is required; everything else
// passes through (loose objects) so the stored raw payload stays complete.

const text = z.string();
const guid = z.string().min(1);
const amount = z.number();

/** The envelope of GET /Invoices?page=N. */
export const XeroInvoicesPage = z.looseObject({
  Invoices: z.array(z.unknown()),
  pagination: z
    .looseObject({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      itemCount: z.number().int(),
    })
    .optional(),
  /** Xero's clock when it answered: the safe high-water mark for the next If-Modified-Since. */
  DateTimeUTC: text.optional(),
});
export type XeroInvoicesPage = z.infer<typeof XeroInvoicesPage>;

/** Just enough to tell a sales invoice (ACCREC) from a bill (ACCPAY) before checking the rest. */
export const XeroInvoiceType = z.looseObject({ Type: text, InvoiceID: guid, InvoiceNumber: text.optional() });

/** A payment as it appears inside its invoice. */
export const XeroInvoicePayment = z.looseObject({
  PaymentID: guid,
  Date: text,
  Amount: amount,
  Reference: text.optional(),
  Status: text.optional(),
});
export type XeroInvoicePayment = z.infer<typeof XeroInvoicePayment>;

/** A credit note allocated to the invoice: AppliedAmount is the part used on this invoice. */
export const XeroInvoiceCreditNote = z.looseObject({
  CreditNoteID: guid,
  CreditNoteNumber: text.optional(),
  AppliedAmount: amount,
  Date: text,
});
export type XeroInvoiceCreditNote = z.infer<typeof XeroInvoiceCreditNote>;

export const XeroInvoicePrepayment = z.looseObject({ PrepaymentID: guid, AppliedAmount: amount, Date: text, Reference: text.optional() });
export type XeroInvoicePrepayment = z.infer<typeof XeroInvoicePrepayment>;

export const XeroInvoiceOverpayment = z.looseObject({ OverpaymentID: guid, AppliedAmount: amount, Date: text });
export type XeroInvoiceOverpayment = z.infer<typeof XeroInvoiceOverpayment>;

export const XeroInvoice = z.looseObject({
  Type: text,
  InvoiceID: guid,
  InvoiceNumber: text.optional(),
  Status: text,
  Contact: z.looseObject({ Name: text.optional(), EmailAddress: text.optional() }).optional(),
  CurrencyCode: text,
  Date: text.optional(),
  DueDate: text.optional(),
  Total: amount,
  AmountPaid: amount,
  AmountDue: amount,
  AmountCredited: amount.optional(),
  UpdatedDateUTC: text,
  Payments: z.array(XeroInvoicePayment).optional(),
  CreditNotes: z.array(XeroInvoiceCreditNote).optional(),
  Prepayments: z.array(XeroInvoicePrepayment).optional(),
  Overpayments: z.array(XeroInvoiceOverpayment).optional(),
});
export type XeroInvoice = z.infer<typeof XeroInvoice>;

/** The answer to PUT /Payments: the payments billing recorded, in the order sent. */
export const XeroCreatedPayments = z.looseObject({
  Payments: z.array(z.looseObject({ PaymentID: guid, Reference: text.optional(), Amount: amount.optional() })),
});
export type XeroCreatedPayments = z.infer<typeof XeroCreatedPayments>;
