import { minorToDecimal } from '../../../shared/money';
import type { MutableInvoice } from '../dataset/builder';
import { amountCreditedMinor, amountDueMinor, amountPaidMinor, fullyPaidOnDate, invoiceStatus } from '../dataset/invoice-math';
import type { BillingContact, BillingPayment } from '../dataset/types';
import type { BillingStore } from './store';
import { calendarDateString, calendarMsDate, msDate } from './xero-dates';

// Xero Accounting API shapes. Xero's schema types money as a JSON number, so amounts leave the
// sandbox as numbers, converted from integer minor units through the exact decimal string only
// here, at the edge.

export type XeroObject = Record<string, unknown>;

export const PROVIDER_NAME = 'Paydesk Sandbox';

export function money(amountMinor: number, currency: string): number {
  return Number(minorToDecimal(amountMinor, currency));
}

function utcString(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

function renderContact(contact: BillingContact): XeroObject {
  return { ContactID: contact.contactId, ContactStatus: 'ACTIVE', Name: contact.name, EmailAddress: contact.email, IsCustomer: true, IsSupplier: false, HasValidationErrors: false };
}

/** A payment as it appears inside its invoice. */
function renderInvoicePayment(payment: BillingPayment, currency: string): XeroObject {
  return { PaymentID: payment.paymentId, Date: calendarMsDate(payment.date), Amount: money(payment.amountMinor, currency), Reference: payment.reference, CurrencyRate: 1, HasAccount: false, HasValidationErrors: false };
}

export function renderInvoice(invoice: MutableInvoice, store: BillingStore): XeroObject {
  const { currency } = invoice;
  const paidOn = fullyPaidOnDate(invoice);
  return {
    Type: 'ACCREC',
    InvoiceID: invoice.invoiceId,
    InvoiceNumber: invoice.invoiceNumber,
    Reference: invoice.reference,
    Payments: invoice.payments.map((payment) => renderInvoicePayment(payment, currency)),
    CreditNotes: invoice.creditNotes.map((note) => ({
      CreditNoteID: note.creditNoteId,
      CreditNoteNumber: note.creditNoteNumber,
      AppliedAmount: money(note.appliedMinor, currency),
      DateString: calendarDateString(note.date),
      Date: calendarMsDate(note.date),
      LineItems: [],
      Total: money(note.totalMinor, currency),
    })),
    Prepayments: [],
    Overpayments: [],
    AmountDue: money(amountDueMinor(invoice), currency),
    AmountPaid: money(amountPaidMinor(invoice), currency),
    AmountCredited: money(amountCreditedMinor(invoice), currency),
    SentToContact: true,
    CurrencyRate: 1,
    IsDiscounted: false,
    HasAttachments: false,
    HasErrors: false,
    Contact: renderContact(store.contactOf(invoice)),
    DateString: calendarDateString(invoice.date),
    Date: calendarMsDate(invoice.date),
    DueDateString: calendarDateString(invoice.dueDate),
    DueDate: calendarMsDate(invoice.dueDate),
    Status: invoiceStatus(invoice),
    LineAmountTypes: 'Exclusive',
    LineItems: invoice.lineItems.map((line) => ({
      LineItemID: line.lineItemId,
      Description: line.description,
      Quantity: line.quantity,
      UnitAmount: money(line.unitAmountMinor, currency),
      TaxType: line.taxType,
      TaxAmount: money(line.taxAmountMinor, currency),
      LineAmount: money(line.lineAmountMinor, currency),
      AccountCode: line.accountCode,
      Tracking: [],
    })),
    SubTotal: money(invoice.subTotalMinor, currency),
    TotalTax: money(invoice.totalTaxMinor, currency),
    Total: money(invoice.totalMinor, currency),
    UpdatedDateUTC: msDate(invoice.updatedAt),
    CurrencyCode: currency,
    ...(paidOn ? { FullyPaidOnDate: calendarMsDate(paidOn) } : {}),
  };
}

/** A payment as GET/PUT /Payments return it, with a summary of the invoice it pays. */
export function renderPayment(payment: BillingPayment, invoice: MutableInvoice, store: BillingStore): XeroObject {
  const { currency } = invoice;
  const contact = store.contactOf(invoice);
  return {
    PaymentID: payment.paymentId,
    Date: calendarMsDate(payment.date),
    BankAmount: money(payment.amountMinor, currency),
    Amount: money(payment.amountMinor, currency),
    Reference: payment.reference,
    CurrencyRate: 1,
    PaymentType: 'ACCRECPAYMENT',
    Status: 'AUTHORISED',
    UpdatedDateUTC: msDate(payment.updatedAt),
    UpdatedDateUTCString: utcString(payment.updatedAt),
    HasAccount: true,
    IsReconciled: false,
    Account: { Code: payment.accountCode },
    Invoice: {
      Type: 'ACCREC',
      InvoiceID: invoice.invoiceId,
      InvoiceNumber: invoice.invoiceNumber,
      Contact: { ContactID: contact.contactId, Name: contact.name },
      CurrencyCode: currency,
      Status: invoiceStatus(invoice),
      AmountDue: money(amountDueMinor(invoice), currency),
      AmountPaid: money(amountPaidMinor(invoice), currency),
      Total: money(invoice.totalMinor, currency),
    },
    HasValidationErrors: false,
  };
}

export function renderOrganisation(organisationId: string, createdMs: number): XeroObject {
  return {
    OrganisationID: organisationId,
    APIKey: 'SANDBOX',
    Name: 'Paydesk Sandbox Trading Ltd',
    LegalName: 'Paydesk Sandbox Trading Ltd',
    PaysTax: true,
    Version: 'GLOBAL',
    OrganisationType: 'COMPANY',
    BaseCurrency: 'USD',
    CountryCode: 'US',
    IsDemoCompany: true,
    OrganisationStatus: 'ACTIVE',
    FinancialYearEndDay: 31,
    FinancialYearEndMonth: 12,
    SalesTaxBasis: 'ACCRUAL',
    SalesTaxPeriod: 'QUARTERLY',
    DefaultSalesTax: 'Tax Exclusive',
    DefaultPurchasesTax: 'Tax Exclusive',
    CreatedDateUTC: msDate(createdMs),
    OrganisationEntityType: 'COMPANY',
    Timezone: 'UTC',
    ShortCode: '!PDSBX',
    Class: 'DEMO',
    Edition: 'BUSINESS',
    Addresses: [],
    Phones: [],
    ExternalLinks: [],
    PaymentTerms: {},
  };
}

/** The envelope every Xero response wraps its collection in. */
export function envelope(nowMs: number, responseId: string, body: XeroObject): XeroObject {
  return { Id: responseId, Status: 'OK', ProviderName: PROVIDER_NAME, DateTimeUTC: msDate(nowMs), ...body };
}
