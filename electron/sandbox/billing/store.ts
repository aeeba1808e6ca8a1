import type { MutableInvoice } from '../dataset/builder';
import type { BillingContact, BillingPayment, SandboxDataset } from '../dataset/types';

/** A payment with the invoice it pays, as GET /Payments lists it. */
export interface PaymentEntry {
  readonly payment: BillingPayment;
  readonly invoice: MutableInvoice;
}

/**
 * The billing system's live state: copies of the seeded invoices (the dataset stays the ground
 * truth of the seed) that recorded payments change.
 */
export class BillingStore {
  readonly invoices: MutableInvoice[];
  readonly payments: PaymentEntry[];
  private readonly invoicesById = new Map<string, MutableInvoice>();
  private readonly invoicesByNumber = new Map<string, MutableInvoice>();
  private readonly paymentsById = new Map<string, PaymentEntry>();
  private readonly contacts: Map<string, BillingContact>;

  constructor(dataset: SandboxDataset) {
    this.invoices = dataset.billing.invoices.map((invoice) => ({ ...invoice, payments: [...invoice.payments], creditNotes: [...invoice.creditNotes] }));
    for (const invoice of this.invoices) {
      this.invoicesById.set(invoice.invoiceId.toLowerCase(), invoice);
      this.invoicesByNumber.set(invoice.invoiceNumber, invoice);
    }
    this.payments = this.invoices
      .flatMap((invoice) => invoice.payments.map((payment) => ({ payment, invoice })))
      .sort((a, b) => a.payment.updatedAt - b.payment.updatedAt);
    for (const entry of this.payments) this.paymentsById.set(entry.payment.paymentId, entry);
    this.contacts = new Map(dataset.billing.contacts.map((contact) => [contact.contactId, contact]));
  }

  /** Xero takes either an InvoiceID (any case) or an InvoiceNumber wherever it takes an invoice. */
  findInvoice(idOrNumber: string): MutableInvoice | undefined {
    return this.invoicesById.get(idOrNumber.toLowerCase()) ?? this.invoicesByNumber.get(idOrNumber);
  }

  findPayment(paymentId: string): PaymentEntry | undefined {
    return this.paymentsById.get(paymentId.toLowerCase());
  }

  contactOf(invoice: MutableInvoice): BillingContact {
    const contact = this.contacts.get(invoice.contactId);
    if (!contact) throw new Error(`invoice ${invoice.invoiceNumber} has unknown contact ${invoice.contactId}`);
    return contact;
  }

  recordPayment(invoice: MutableInvoice, payment: BillingPayment): void {
    invoice.payments.push(payment);
    invoice.updatedAt = Math.max(invoice.updatedAt, payment.updatedAt);
    const entry = { payment, invoice };
    this.payments.push(entry);
    this.paymentsById.set(payment.paymentId, entry);
  }
}
