// The sandbox's seeded data in its own compact form: integer minor units, ISO currency codes in
// upper case, unix seconds on the gateway side and epoch milliseconds on the billing side (as the
// two real APIs count). The servers render these records into Stripe and Xero shapes at response
// time, so the dataset stays small, fast to generate and easy for tests to compare against.

import type { InvoiceReconciliationClass } from '../../../shared/domain/reconciliation-class';

export { RECONCILIATION_CLASSES } from '../../../shared/domain/reconciliation-class';
export type { InvoiceReconciliationClass, ReconciliationClass } from '../../../shared/domain/reconciliation-class';

export const CHECKOUT_STAGES = [
  'completed',
  'card_entry',
  'declined_then_abandoned',
  'three_d_secure',
  'paid_not_committed',
  'open',
] as const;
/** Where a checkout session ended, as the drop-off analysis should find it. */
export type CheckoutStage = (typeof CHECKOUT_STAGES)[number];

export const SANDBOX_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'KWD'] as const;
export type SandboxCurrency = (typeof SANDBOX_CURRENCIES)[number];

export interface SandboxCustomer {
  /** Gateway customer id (cus_…). */
  readonly id: string;
  /** Billing contact id (a UUID) of the same person. */
  readonly contactId: string;
  readonly name: string;
  readonly email: string;
  readonly currency: SandboxCurrency;
  /** Unix seconds. */
  readonly created: number;
}

/** Only what a gateway may show of a card: never a full number or a CVC. */
export interface CardDetails {
  readonly brand: 'visa' | 'mastercard' | 'amex';
  readonly last4: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly country: string;
  readonly funding: 'credit' | 'debit';
  readonly fingerprint: string;
}

export interface PaymentErrorRecord {
  readonly code: string;
  readonly declineCode: string;
  readonly message: string;
  readonly chargeId: string;
}

export type PaymentIntentStatus = 'succeeded' | 'requires_payment_method' | 'requires_action';

export interface GatewayPaymentIntent {
  readonly id: string;
  readonly created: number;
  readonly customerId: string;
  readonly receiptEmail: string;
  readonly currency: SandboxCurrency;
  readonly amountMinor: number;
  readonly status: PaymentIntentStatus;
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, string>>;
  readonly paymentMethodId: string;
  readonly latestChargeId: string | null;
  readonly lastPaymentError: PaymentErrorRecord | null;
}

export interface GatewayCharge {
  readonly id: string;
  readonly created: number;
  /** Null for a charge made through the legacy Charges API, without a PaymentIntent. */
  readonly paymentIntentId: string | null;
  readonly customerId: string;
  readonly billingName: string;
  readonly billingEmail: string;
  readonly currency: SandboxCurrency;
  readonly amountMinor: number;
  readonly status: 'succeeded' | 'failed';
  readonly failure: { readonly code: string; readonly declineCode: string; readonly message: string } | null;
  readonly paymentMethodId: string;
  readonly card: CardDetails;
  readonly description: string | null;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface GatewayRefund {
  readonly id: string;
  readonly created: number;
  readonly chargeId: string;
  readonly paymentIntentId: string | null;
  readonly currency: SandboxCurrency;
  readonly amountMinor: number;
  readonly reason: 'duplicate' | 'fraudulent' | 'requested_by_customer' | null;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface GatewayCheckoutSession {
  readonly id: string;
  readonly created: number;
  readonly expiresAt: number;
  readonly status: 'open' | 'complete' | 'expired';
  readonly paymentStatus: 'paid' | 'unpaid';
  readonly completedAt: number | null;
  readonly paymentIntentId: string | null;
  readonly customerId: string;
  readonly customerEmail: string;
  readonly customerName: string;
  readonly currency: SandboxCurrency;
  readonly amountSubtotalMinor: number;
  readonly amountTotalMinor: number;
  readonly amountDiscountMinor: number;
  readonly amountShippingMinor: number;
  /** The invoice number(s) the merchant's site put on the session, comma separated. */
  readonly clientReferenceId: string | null;
  readonly metadata: Readonly<Record<string, string>>;
}

export type GatewayEventType =
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.requires_action'
  | 'charge.succeeded'
  | 'charge.failed'
  | 'charge.refunded'
  | 'checkout.session.completed'
  | 'checkout.session.expired';

export interface GatewayEvent {
  readonly id: string;
  readonly type: GatewayEventType;
  readonly created: number;
  readonly objectType: 'payment_intent' | 'charge' | 'checkout.session';
  readonly objectId: string;
}

export interface BillingContact {
  readonly contactId: string;
  readonly customerId: string;
  readonly name: string;
  readonly email: string;
  /** Epoch milliseconds. */
  readonly updatedAt: number;
}

export interface BillingLineItem {
  readonly lineItemId: string;
  readonly description: string;
  readonly quantity: number;
  readonly unitAmountMinor: number;
  readonly lineAmountMinor: number;
  readonly taxAmountMinor: number;
  readonly accountCode: string;
  readonly taxType: string;
}

export interface BillingPayment {
  readonly paymentId: string;
  readonly invoiceId: string;
  /** Calendar date the payment was received, YYYY-MM-DD. */
  readonly date: string;
  readonly amountMinor: number;
  /** The gateway payment id where billing recorded one, else free text. */
  readonly reference: string;
  readonly accountCode: string;
  /** Epoch milliseconds. */
  readonly updatedAt: number;
}

export interface BillingCreditNote {
  readonly creditNoteId: string;
  readonly creditNoteNumber: string;
  readonly date: string;
  readonly totalMinor: number;
  /** The part of the credit note allocated to this invoice. */
  readonly appliedMinor: number;
}

/**
 * A sales (ACCREC) invoice. AmountPaid, AmountCredited, AmountDue and Status are derived from
 * the payments and credit notes (see invoice-math.ts), never stored, so they cannot disagree.
 */
export interface BillingInvoice {
  readonly invoiceId: string;
  readonly invoiceNumber: string;
  readonly contactId: string;
  readonly reference: string;
  readonly currency: SandboxCurrency;
  readonly date: string;
  readonly dueDate: string;
  readonly lineItems: readonly BillingLineItem[];
  readonly subTotalMinor: number;
  readonly totalTaxMinor: number;
  readonly totalMinor: number;
  readonly payments: readonly BillingPayment[];
  readonly creditNotes: readonly BillingCreditNote[];
  /** Epoch milliseconds of the last change. */
  readonly updatedAt: number;
}

/**
 * The expected class of one invoice. The classes follow DESIGN.md with T = Total − AmountCredited
 * (credit notes allocated to an invoice reduce what the customer owes, as in Xero where
 * AmountDue = Total − AmountPaid − AmountCredited) and B = AmountPaid.
 */
export interface InvoiceTruth {
  readonly invoiceNumber: string;
  readonly invoiceId: string;
  readonly class: InvoiceReconciliationClass;
  readonly currency: SandboxCurrency;
  /** Succeeded gateway payments linked to the invoice (PaymentIntent id, else charge id). */
  readonly paymentIds: readonly string[];
}

export interface OrphanPaymentTruth {
  readonly paymentId: string;
  readonly currency: SandboxCurrency;
  readonly amountMinor: number;
}

export interface SuggestionTruth {
  readonly invoiceNumber: string;
  readonly paymentId: string;
}

export interface CheckoutTruth {
  readonly sessionId: string;
  readonly stage: CheckoutStage;
  readonly invoiceNumbers: readonly string[];
  /** The customer came back and the invoice was paid some other way afterwards. */
  readonly recovered: boolean;
}

export interface SandboxGroundTruth {
  readonly invoices: readonly InvoiceTruth[];
  readonly orphanPayments: readonly OrphanPaymentTruth[];
  /** Orphan payments a person should be offered to link, with the invoice they belong to. */
  readonly suggestions: readonly SuggestionTruth[];
  readonly checkouts: readonly CheckoutTruth[];
}

export interface SandboxDataset {
  readonly seed: number;
  /** End of the data window (ISO-8601); nothing in the dataset happens after it. */
  readonly anchor: string;
  readonly customers: readonly SandboxCustomer[];
  /** Each list in creation order, oldest first. */
  readonly gateway: {
    readonly paymentIntents: readonly GatewayPaymentIntent[];
    readonly charges: readonly GatewayCharge[];
    readonly refunds: readonly GatewayRefund[];
    readonly checkoutSessions: readonly GatewayCheckoutSession[];
    readonly events: readonly GatewayEvent[];
  };
  readonly billing: {
    readonly contacts: readonly BillingContact[];
    readonly invoices: readonly BillingInvoice[];
  };
  readonly truth: SandboxGroundTruth;
}
