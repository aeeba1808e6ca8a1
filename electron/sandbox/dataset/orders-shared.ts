import type { DatasetBuilder, MutableInvoice } from './builder';
import type {
  CheckoutStage,
  CheckoutTruth,
  GatewayCheckoutSession,
  GatewayPaymentIntent,
  InvoiceReconciliationClass,
  InvoiceTruth,
  OrphanPaymentTruth,
  SandboxCurrency,
  SandboxCustomer,
  SuggestionTruth,
} from './types';

/** Collects the ground truth as the scenarios write the data, so the two cannot drift apart. */
export class TruthRecorder {
  readonly invoices: InvoiceTruth[] = [];
  readonly orphanPayments: OrphanPaymentTruth[] = [];
  readonly checkouts: CheckoutTruth[] = [];
  readonly suggestions: SuggestionTruth[] = [];

  invoice(invoice: MutableInvoice, cls: InvoiceReconciliationClass, paymentIds: readonly string[]): void {
    this.invoices.push({ invoiceNumber: invoice.invoiceNumber, invoiceId: invoice.invoiceId, class: cls, currency: invoice.currency, paymentIds });
  }

  orphan(intent: GatewayPaymentIntent): void {
    this.orphanPayments.push({ paymentId: intent.id, currency: intent.currency, amountMinor: intent.amountMinor });
  }

  suggestion(invoice: MutableInvoice, intent: GatewayPaymentIntent): void {
    this.suggestions.push({ invoiceNumber: invoice.invoiceNumber, paymentId: intent.id });
  }

  checkout(session: GatewayCheckoutSession, stage: CheckoutStage, recovered = false): void {
    const invoiceNumbers = session.clientReferenceId ? session.clientReferenceId.split(',') : [];
    this.checkouts.push({ sessionId: session.id, stage, invoiceNumbers, recovered });
  }
}

export interface OrderContext {
  readonly b: DatasetBuilder;
  readonly truth: TruthRecorder;
}

export interface PaidCheckout {
  readonly intent: GatewayPaymentIntent;
  readonly session: GatewayCheckoutSession;
  /** Unix seconds at which the charge succeeded. */
  readonly paidAt: number;
}

export interface CheckoutOptions {
  readonly currency?: SandboxCurrency;
  readonly discountMinor?: number;
  readonly shippingMinor?: number;
}

/** The happy path at the gateway: a session opened at `at`, paid a few minutes later. */
export function paidCheckout(
  { b }: OrderContext,
  customer: SandboxCustomer,
  at: number,
  invoices: readonly MutableInvoice[],
  subtotalMinor: number,
  options: CheckoutOptions = {},
): PaidCheckout {
  const currency = options.currency ?? invoices[0]?.currency ?? customer.currency;
  const discount = options.discountMinor ?? 0;
  const shipping = options.shippingMinor ?? 0;
  const invoiceNumbers = invoices.map((invoice) => invoice.invoiceNumber);
  const intent = b.succeededIntent({ customer, currency, amountMinor: subtotalMinor - discount + shipping, at: b.after(at, 30, 900), invoiceNumbers });
  const session = b.session({ customer, currency, at, invoiceNumbers, subtotalMinor, discountMinor: discount, shippingMinor: shipping, outcome: { kind: 'paid', paymentIntent: intent } });
  return { intent, session, paidAt: b.chargeOf(intent).created };
}

export type AbandonedStage = Extract<CheckoutStage, 'card_entry' | 'declined_then_abandoned' | 'three_d_secure'>;

/** A session that expired at one of the drop-off stages the gateway can see. */
export function abandonedCheckout(
  { b }: OrderContext,
  customer: SandboxCustomer,
  at: number,
  invoice: MutableInvoice,
  amountMinor: number,
  stage: AbandonedStage,
): { session: GatewayCheckoutSession; intent: GatewayPaymentIntent | null } {
  const input = { customer, currency: invoice.currency, amountMinor, at: b.after(at, 30, 900), invoiceNumbers: [invoice.invoiceNumber] };
  const intent = stage === 'card_entry' ? null : stage === 'declined_then_abandoned' ? b.declinedIntent(input) : b.challengedIntent(input);
  const session = b.session({ customer, currency: invoice.currency, at, invoiceNumbers: [invoice.invoiceNumber], subtotalMinor: amountMinor, outcome: { kind: 'expired', paymentIntent: intent } });
  return { session, intent };
}

/** Billing records the payment a little after the gateway took it (webhook or nightly import). */
export function postAfter(ctx: OrderContext, invoice: MutableInvoice, amountMinor: number, reference: string, paidAt: number): void {
  ctx.b.postPayment(invoice, amountMinor, reference, ctx.b.after(paidAt, 30, 7200));
}

const ABANDONED_STAGES: Readonly<Record<AbandonedStage, number>> = { card_entry: 45, declined_then_abandoned: 35, three_d_secure: 20 };

export function pickAbandonedStage(ctx: OrderContext): AbandonedStage {
  return ctx.b.rng.weighted(ABANDONED_STAGES);
}
