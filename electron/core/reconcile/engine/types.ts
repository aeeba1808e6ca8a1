import type { InvoiceReconciliationClass } from '../../../../shared/domain/reconciliation-class';

// What the matching engine reads and writes: plain values, no I/O. Amounts are integer minor
// units in the record's own currency; dates are UTC (YYYY-MM-DD or ISO-8601 instants).

export interface EngineInvoice {
  readonly number: string;
  /** Billing's own id (Xero InvoiceID): gateway metadata may name it instead of the number. */
  readonly externalId: string | null;
  /** Billing status in upper case; VOIDED, DELETED and DRAFT invoices ask for nothing. */
  readonly status: string;
  readonly currency: string;
  /** Total before credit notes. */
  readonly totalMinor: number;
  readonly creditedMinor: number;
  /** B: what billing records as paid. */
  readonly paidMinor: number;
  readonly customerName: string | null;
  readonly customerEmail: string | null;
  /** Issue date, YYYY-MM-DD. */
  readonly date: string;
}

export interface EnginePayment {
  /** PaymentIntent id where there is one, else the charge id. */
  readonly id: string;
  readonly chargeId: string | null;
  readonly succeeded: boolean;
  readonly currency: string;
  readonly amountMinor: number;
  /** Succeeded refunds against it, in total. */
  readonly refundedMinor: number;
  readonly customerEmail: string | null;
  /** Invoice number(s) or id(s) the gateway metadata names, as written there. */
  readonly invoiceReference: string | null;
  readonly createdAt: string;
}

/** A payment billing recorded against an invoice, with the reference it wrote. */
export interface BillingAllocation {
  readonly invoiceNumber: string;
  readonly reference: string;
  readonly amountMinor: number;
}

export interface LinkPair {
  readonly invoiceNumber: string;
  readonly paymentId: string;
}

/** What people decided: these survive every re-run. */
export interface PeopleDecisions {
  /** Links a person made (a manual match or a confirmed suggestion). */
  readonly manualLinks: readonly LinkPair[];
  /** Automatic links a person took apart. */
  readonly removedLinks: readonly LinkPair[];
  readonly rejectedSuggestions: readonly LinkPair[];
}

export interface EngineInput {
  readonly invoices: readonly EngineInvoice[];
  readonly payments: readonly EnginePayment[];
  readonly allocations: readonly BillingAllocation[];
  readonly decisions: PeopleDecisions;
}

export type LinkOrigin = 'reference' | 'billing_reference' | 'manual';

export interface EngineLink extends LinkPair {
  readonly origin: LinkOrigin;
  /** The part of the payment, net of refunds, counted towards this invoice (0 unless succeeded). */
  readonly allocatedMinor: number;
}

export interface InvoiceOutcome {
  readonly invoice: EngineInvoice;
  readonly invoiceNumber: string;
  readonly class: InvoiceReconciliationClass;
  readonly currency: string;
  /** T: total less credit notes (0 for a voided invoice). */
  readonly totalMinor: number;
  /** B */
  readonly billingMinor: number;
  /** G: linked succeeded payments in the invoice's currency, net of refunds. */
  readonly gatewayMinor: number;
  readonly amountAtStakeMinor: number;
  /** Linked succeeded payments, in the order they were made. */
  readonly paymentIds: readonly string[];
}

export interface OrphanOutcome {
  readonly payment: EnginePayment;
  readonly paymentId: string;
  readonly currency: string;
  readonly netMinor: number;
  readonly amountAtStakeMinor: number;
}

export interface EngineSuggestion extends LinkPair {
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface EngineResult {
  readonly invoices: readonly InvoiceOutcome[];
  readonly orphans: readonly OrphanOutcome[];
  readonly links: readonly EngineLink[];
  readonly suggestions: readonly EngineSuggestion[];
}
