// The canonical model both connectors and flat-file imports write: integer minor units with an
// upper-case ISO 4217 code, UTC ISO-8601 instants, and the source record kept for audit.

export interface PaymentRecord {
  /** PaymentIntent id where there is one, else the charge id. */
  id: string;
  chargeId: string | null;
  /** Connector id, or `import:<format>`. */
  source: string;
  /** Gateway status: succeeded, processing, requires_action, requires_payment_method, canceled… */
  status: string;
  amountMinor: number;
  currency: string;
  customerId: string | null;
  customerEmail: string | null;
  /** Invoice number(s) or id(s) the gateway metadata names, as written there. */
  invoiceReference: string | null;
  cardBrand: string | null;
  cardLast4: string | null;
  createdAt: string;
  updatedAt: string;
  raw: unknown;
}

export interface RefundRecord {
  id: string;
  paymentId: string;
  source: string;
  status: string;
  /** Positive: the amount given back. */
  amountMinor: number;
  currency: string;
  createdAt: string;
  raw: unknown;
}

export interface CheckoutRecord {
  id: string;
  paymentId: string | null;
  source: string;
  /** open, complete, expired */
  status: string;
  /** paid, unpaid, no_payment_required */
  paymentStatus: string | null;
  amountMinor: number | null;
  currency: string | null;
  customerEmail: string | null;
  customerName: string | null;
  /** The invoice number(s) the merchant's site put on the session, as payments carry them. */
  invoiceReference: string | null;
  recoveryUrl: string | null;
  createdAt: string;
  expiresAt: string | null;
  raw: unknown;
}

export interface InvoiceRecord {
  number: string;
  externalId: string | null;
  source: string;
  /** DRAFT, SUBMITTED, AUTHORISED, PAID, VOIDED, DELETED (Xero's words, upper case). */
  status: string;
  contactName: string | null;
  contactEmail: string | null;
  currency: string;
  totalMinor: number;
  amountPaidMinor: number;
  amountDueMinor: number;
  amountCreditedMinor: number;
  issuedOn: string | null;
  dueOn: string | null;
  updatedAt: string;
  raw: unknown;
}

export interface InvoicePaymentRecord {
  id: string;
  invoiceNumber: string;
  source: string;
  kind: 'payment' | 'credit_note' | 'prepayment' | 'overpayment';
  status: string;
  amountMinor: number;
  currency: string;
  /** The payment reference billing recorded: Paydesk puts the gateway payment id here. */
  reference: string | null;
  paidOn: string;
  raw: unknown;
}

export interface SourceBatch {
  payments?: readonly PaymentRecord[];
  refunds?: readonly RefundRecord[];
  checkouts?: readonly CheckoutRecord[];
  invoices?: readonly InvoiceRecord[];
  invoicePayments?: readonly InvoicePaymentRecord[];
}

export interface BatchCounts {
  payments: number;
  refunds: number;
  checkouts: number;
  invoices: number;
  invoicePayments: number;
}
