import type { Prng } from '../prng';
import { addDays, dateOfUnix } from '../time';
import { cardCountry, generateInvoiceLines, taxTypeOf } from './amounts';
import type {
  BillingCreditNote,
  BillingInvoice,
  BillingPayment,
  CardDetails,
  GatewayCharge,
  GatewayCheckoutSession,
  GatewayPaymentIntent,
  GatewayRefund,
  SandboxCurrency,
  SandboxCustomer,
} from './types';

// The mechanics of writing consistent objects on both sides: a payment intent with its charge, a
// checkout session pointing at it, an invoice and the payments billing recorded. The scenario
// writers (orders-*.ts) decide what happens; this file only makes it happen coherently.

export type MutableInvoice = Omit<BillingInvoice, 'payments' | 'creditNotes' | 'updatedAt'> & {
  payments: BillingPayment[];
  creditNotes: BillingCreditNote[];
  updatedAt: number;
};

export interface PaymentInput {
  readonly customer: SandboxCustomer;
  readonly currency: SandboxCurrency;
  readonly amountMinor: number;
  /** Unix seconds. */
  readonly at: number;
  readonly invoiceNumbers: readonly string[];
  readonly description?: string;
}

export type SessionOutcome =
  | { readonly kind: 'paid'; readonly paymentIntent: GatewayPaymentIntent }
  | { readonly kind: 'expired'; readonly paymentIntent: GatewayPaymentIntent | null }
  | { readonly kind: 'open' };

export interface SessionInput {
  readonly customer: SandboxCustomer;
  readonly currency: SandboxCurrency;
  readonly at: number;
  readonly invoiceNumbers: readonly string[];
  readonly subtotalMinor: number;
  readonly discountMinor?: number;
  readonly shippingMinor?: number;
  readonly outcome: SessionOutcome;
}

const DECLINES = [
  { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  { declineCode: 'generic_decline', message: 'Your card was declined.' },
  { declineCode: 'do_not_honor', message: 'Your card was declined.' },
  { declineCode: 'expired_card', message: 'Your card has expired.' },
] as const;

const CARD_BRANDS = { visa: 55, mastercard: 35, amex: 10 } as const;

const SESSION_LIFETIME_SECONDS = 24 * 3600;
/** Stripe-style ids: a prefix and 24 random characters. */
const ID_LENGTH = 24;

export class DatasetBuilder {
  readonly paymentIntents: GatewayPaymentIntent[] = [];
  readonly charges: GatewayCharge[] = [];
  readonly refunds: GatewayRefund[] = [];
  readonly sessions: GatewayCheckoutSession[] = [];
  readonly invoices: MutableInvoice[] = [];
  private readonly cards = new Map<string, CardDetails>();
  private readonly chargesById = new Map<string, GatewayCharge>();
  private invoiceSequence = 0;
  private creditNoteSequence = 0;
  private orderSequence = 100_000;

  constructor(
    readonly rng: Prng,
    readonly anchorSeconds: number,
  ) {}

  /**
   * A time between min and max seconds after t. Near the anchor the gap shrinks to at most a
   * quarter of the time left, so a chain of steps (pay, post, refund…) always ends before it.
   */
  after(t: number, minSeconds: number, maxSeconds: number): number {
    const room = this.anchorSeconds - 1 - t;
    const max = Math.max(1, Math.min(maxSeconds, Math.floor(room / 4)));
    return t + this.rng.int(Math.min(minSeconds, max), max);
  }

  gatewayId(prefix: string): string {
    return `${prefix}_${this.rng.chars(ID_LENGTH)}`;
  }

  createInvoice(customer: SandboxCustomer, at: number, currency: SandboxCurrency = customer.currency): MutableInvoice {
    this.invoiceSequence += 1;
    this.orderSequence += this.rng.int(1, 3);
    const totals = generateInvoiceLines(this.rng, currency);
    const date = dateOfUnix(at);
    const invoice: MutableInvoice = {
      invoiceId: this.rng.uuid(),
      invoiceNumber: `INV-${String(this.invoiceSequence).padStart(6, '0')}`,
      contactId: customer.contactId,
      reference: `Web order ${this.orderSequence}`,
      currency,
      date,
      dueDate: addDays(date, this.rng.chance(0.7) ? 14 : 30),
      lineItems: totals.lines.map((line) => ({
        lineItemId: this.rng.uuid(),
        description: line.description,
        quantity: line.quantity,
        unitAmountMinor: line.unitAmountMinor,
        lineAmountMinor: line.lineAmountMinor,
        taxAmountMinor: line.taxAmountMinor,
        accountCode: '200',
        taxType: taxTypeOf(currency),
      })),
      subTotalMinor: totals.subTotalMinor,
      totalTaxMinor: totals.totalTaxMinor,
      totalMinor: totals.totalMinor,
      payments: [],
      creditNotes: [],
      updatedAt: at * 1000,
    };
    this.invoices.push(invoice);
    return invoice;
  }

  /** A credit note raised and allocated on the invoice's own date (a goodwill discount). */
  addCreditNote(invoice: MutableInvoice, amountMinor: number): void {
    this.creditNoteSequence += 1;
    invoice.creditNotes.push({
      creditNoteId: this.rng.uuid(),
      creditNoteNumber: `CN-${String(this.creditNoteSequence).padStart(5, '0')}`,
      date: invoice.date,
      totalMinor: amountMinor,
      appliedMinor: amountMinor,
    });
  }

  /** Billing records a payment against the invoice at the given unix time. */
  postPayment(invoice: MutableInvoice, amountMinor: number, reference: string, at: number): void {
    const updatedAt = at * 1000 + this.rng.int(0, 999);
    invoice.payments.push({
      paymentId: this.rng.uuid(),
      invoiceId: invoice.invoiceId,
      date: dateOfUnix(at),
      amountMinor,
      reference,
      accountCode: '090',
      updatedAt,
    });
    invoice.updatedAt = Math.max(invoice.updatedAt, updatedAt);
  }

  private cardOf(customer: SandboxCustomer): CardDetails {
    const known = this.cards.get(customer.id);
    if (known) return known;
    const card: CardDetails = {
      brand: this.rng.weighted(CARD_BRANDS),
      last4: this.rng.chars(4, '0123456789'),
      expMonth: this.rng.int(1, 12),
      expYear: new Date(this.anchorSeconds * 1000).getUTCFullYear() + this.rng.int(1, 5),
      country: cardCountry(this.rng, customer.currency),
      funding: this.rng.chance(0.7) ? 'credit' : 'debit',
      fingerprint: this.rng.chars(16),
    };
    this.cards.set(customer.id, card);
    return card;
  }

  private metadataFor(invoiceNumbers: readonly string[]): Record<string, string> {
    return invoiceNumbers.length > 0 ? { invoice_number: invoiceNumbers.join(',') } : {};
  }

  private addCharge(input: PaymentInput, paymentIntentId: string | null, status: GatewayCharge['status'], at: number): GatewayCharge {
    const decline = status === 'failed' ? this.rng.pick(DECLINES) : null;
    const charge: GatewayCharge = {
      id: this.gatewayId('ch'),
      created: at,
      paymentIntentId,
      customerId: input.customer.id,
      billingName: input.customer.name,
      billingEmail: input.customer.email,
      currency: input.currency,
      amountMinor: input.amountMinor,
      status,
      failure: decline ? { code: 'card_declined', declineCode: decline.declineCode, message: decline.message } : null,
      paymentMethodId: paymentIntentId ? this.gatewayId('pm') : this.gatewayId('card'),
      card: this.cardOf(input.customer),
      description: input.description ?? null,
      metadata: this.metadataFor(input.invoiceNumbers),
    };
    this.charges.push(charge);
    this.chargesById.set(charge.id, charge);
    return charge;
  }

  private addIntent(input: PaymentInput, fields: Pick<GatewayPaymentIntent, 'id' | 'status' | 'latestChargeId' | 'lastPaymentError' | 'paymentMethodId'>): GatewayPaymentIntent {
    const intent: GatewayPaymentIntent = {
      id: fields.id,
      status: fields.status,
      latestChargeId: fields.latestChargeId,
      lastPaymentError: fields.lastPaymentError,
      paymentMethodId: fields.paymentMethodId,
      created: input.at,
      customerId: input.customer.id,
      receiptEmail: input.customer.email,
      currency: input.currency,
      amountMinor: input.amountMinor,
      description: input.description ?? null,
      metadata: this.metadataFor(input.invoiceNumbers),
    };
    this.paymentIntents.push(intent);
    return intent;
  }

  succeededIntent(input: PaymentInput): GatewayPaymentIntent {
    const id = this.gatewayId('pi');
    const charge = this.addCharge(input, id, 'succeeded', this.after(input.at, 20, 240));
    return this.addIntent(input, { id, status: 'succeeded', latestChargeId: charge.id, lastPaymentError: null, paymentMethodId: charge.paymentMethodId });
  }

  /** The card was declined and the customer gave up: the intent waits for a new payment method. */
  declinedIntent(input: PaymentInput): GatewayPaymentIntent {
    const id = this.gatewayId('pi');
    const charge = this.addCharge(input, id, 'failed', this.after(input.at, 20, 240));
    const failure = charge.failure ?? { code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' };
    return this.addIntent(input, {
      id,
      status: 'requires_payment_method',
      latestChargeId: charge.id,
      lastPaymentError: { ...failure, chargeId: charge.id },
      paymentMethodId: charge.paymentMethodId,
    });
  }

  /** The bank's 3-D Secure challenge was shown and never answered. */
  challengedIntent(input: PaymentInput): GatewayPaymentIntent {
    return this.addIntent(input, { id: this.gatewayId('pi'), status: 'requires_action', latestChargeId: null, lastPaymentError: null, paymentMethodId: this.gatewayId('pm') });
  }

  /** A charge made through the legacy Charges API: no PaymentIntent, no checkout session. */
  legacyCharge(input: PaymentInput): GatewayCharge {
    return this.addCharge(input, null, 'succeeded', input.at);
  }

  chargeOf(intent: GatewayPaymentIntent): GatewayCharge {
    const charge = intent.latestChargeId ? this.chargesById.get(intent.latestChargeId) : undefined;
    if (!charge) throw new Error(`payment intent ${intent.id} has no charge`);
    return charge;
  }

  refund(charge: GatewayCharge, amountMinor: number, at: number, reason: GatewayRefund['reason']): GatewayRefund {
    const refund: GatewayRefund = {
      id: this.gatewayId('re'),
      created: at,
      chargeId: charge.id,
      paymentIntentId: charge.paymentIntentId,
      currency: charge.currency,
      amountMinor,
      reason,
      metadata: {},
    };
    this.refunds.push(refund);
    return refund;
  }

  session(input: SessionInput): GatewayCheckoutSession {
    const discount = input.discountMinor ?? 0;
    const shipping = input.shippingMinor ?? 0;
    const { outcome } = input;
    const intent = outcome.kind === 'open' ? null : outcome.paymentIntent;
    const expiresAt = input.at + SESSION_LIFETIME_SECONDS;
    const session: GatewayCheckoutSession = {
      id: `cs_test_${this.rng.chars(58)}`,
      created: input.at,
      expiresAt,
      status: outcome.kind === 'paid' ? 'complete' : outcome.kind === 'open' ? 'open' : 'expired',
      paymentStatus: outcome.kind === 'paid' ? 'paid' : 'unpaid',
      completedAt: outcome.kind === 'paid' ? this.chargeOf(outcome.paymentIntent).created : null,
      paymentIntentId: intent?.id ?? null,
      customerId: input.customer.id,
      customerEmail: input.customer.email,
      customerName: input.customer.name,
      currency: input.currency,
      amountSubtotalMinor: input.subtotalMinor,
      amountTotalMinor: input.subtotalMinor - discount + shipping,
      amountDiscountMinor: discount,
      amountShippingMinor: shipping,
      clientReferenceId: input.invoiceNumbers.length > 0 ? input.invoiceNumbers.join(',') : null,
      metadata: this.metadataFor(input.invoiceNumbers),
    };
    this.sessions.push(session);
    return session;
  }
}
