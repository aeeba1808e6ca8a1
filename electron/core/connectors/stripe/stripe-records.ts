import { ConversionError, type ValueLocation } from '../../convert/conversion-error';
import { toCurrency } from '../../convert/amount';
import { unixSecondsToIso } from '../../convert/dates';
import type { CheckoutRecord, PaymentRecord, RefundRecord } from '../../store/records';
import { stripeAmountToMinor } from './stripe-amount';
import {
  referenceId,
  type StripeCharge,
  type StripeCheckoutSession,
  type StripePaymentIntent,
  type StripeRefund,
} from './stripe-schemas';

// Stripe objects in Paydesk's canonical model. Every conversion names the record and field it
// failed on; nothing is rounded or guessed.

export interface StripeMapping {
  /** The connector id, stored as each record's source. */
  source: string;
  /** The metadata key the merchant's site puts the invoice number(s) under. */
  invoiceReferenceKey: string;
}

export interface CardSummary {
  brand: string | null;
  last4: string | null;
}

function money(value: unknown, currency: unknown, record: string): { amountMinor: number; currency: string } {
  const code = toCurrency(currency, { record, field: 'currency' });
  return { amountMinor: stripeAmountToMinor(value, code, { record, field: 'amount' }), currency: code };
}

/** A payment intent; its card comes from its latest charge, merged in by the sync. */
export function paymentFromIntent(intent: StripePaymentIntent, mapping: StripeMapping): PaymentRecord {
  const record = `payment intent ${intent.id}`;
  const createdAt = unixSecondsToIso(intent.created, { record, field: 'created' });
  return {
    id: intent.id,
    chargeId: referenceId(intent.latest_charge),
    source: mapping.source,
    status: intent.status,
    ...money(intent.amount, intent.currency, record),
    customerId: referenceId(intent.customer),
    customerEmail: intent.receipt_email,
    invoiceReference: intent.metadata?.[mapping.invoiceReferenceKey] ?? null,
    cardBrand: null,
    cardLast4: null,
    createdAt,
    updatedAt: createdAt,
    raw: intent,
  };
}

/** A charge made without a payment intent (the legacy Charges API) is a payment of its own. */
export function paymentFromCharge(charge: StripeCharge, mapping: StripeMapping): PaymentRecord {
  const record = `charge ${charge.id}`;
  const createdAt = unixSecondsToIso(charge.created, { record, field: 'created' });
  const card = cardOf(charge);
  return {
    id: charge.id,
    chargeId: charge.id,
    source: mapping.source,
    status: charge.status,
    ...money(charge.amount, charge.currency, record),
    customerId: referenceId(charge.customer),
    customerEmail: charge.billing_details.email ?? charge.receipt_email,
    invoiceReference: charge.metadata?.[mapping.invoiceReferenceKey] ?? null,
    cardBrand: card.brand,
    cardLast4: card.last4,
    createdAt,
    updatedAt: createdAt,
    raw: charge,
  };
}

/** Brand and last four digits: all a gateway may show of a card, and all Paydesk keeps. */
export function cardOf(charge: StripeCharge): CardSummary {
  const card = charge.payment_method_details?.card;
  const last4 = card?.last4 ?? null;
  if (last4 !== null && !/^\d{4}$/.test(last4)) {
    const location: ValueLocation = { record: `charge ${charge.id}`, field: 'payment_method_details.card.last4' };
    throw new ConversionError(location, last4, 'expected the last four digits of a card');
  }
  return { brand: card?.brand ?? null, last4 };
}

/**
 * A refund, positive, linked to the payment it gives money back from: the payment intent where
 * there is one, else what `chargeOwner` says owns the charge (the sync looks it up locally), else
 * the charge itself (a legacy charge is its own payment).
 */
export function refundRecord(refund: StripeRefund, mapping: StripeMapping, chargeOwner: (chargeId: string) => string | null): RefundRecord {
  const record = `refund ${refund.id}`;
  const chargeId = referenceId(refund.charge);
  const paymentId = referenceId(refund.payment_intent) ?? (chargeId === null ? null : (chargeOwner(chargeId) ?? chargeId));
  if (paymentId === null) throw new ConversionError({ record, field: 'charge' }, 'null', 'a refund must name the charge or payment intent it refunds');
  return {
    id: refund.id,
    paymentId,
    source: mapping.source,
    // Stripe's schema allows an empty status; say so rather than guess one.
    status: refund.status ?? 'unknown',
    ...money(refund.amount, refund.currency, record),
    createdAt: unixSecondsToIso(refund.created, { record, field: 'created' }),
    raw: refund,
  };
}

export function checkoutRecord(session: StripeCheckoutSession, mapping: StripeMapping): CheckoutRecord {
  const record = `checkout session ${session.id}`;
  const currency = session.currency === null ? null : toCurrency(session.currency, { record, field: 'currency' });
  const amountMinor =
    session.amount_total === null || currency === null
      ? null
      : stripeAmountToMinor(session.amount_total, currency, { record, field: 'amount_total' });
  const status = session.status ?? 'unknown';
  return {
    id: session.id,
    paymentId: referenceId(session.payment_intent),
    source: mapping.source,
    status,
    paymentStatus: session.payment_status,
    amountMinor,
    currency,
    customerEmail: session.customer_details?.email ?? session.customer_email,
    customerName: session.customer_details?.name ?? null,
    invoiceReference: session.metadata?.[mapping.invoiceReferenceKey] ?? session.client_reference_id ?? null,
    // Stripe's recovery link for an expired session; an open one can still be paid at its url.
    recoveryUrl: session.after_expiration?.recovery?.url ?? (status === 'open' ? session.url : null),
    createdAt: unixSecondsToIso(session.created, { record, field: 'created' }),
    expiresAt: session.expires_at === null ? null : unixSecondsToIso(session.expires_at, { record, field: 'expires_at' }),
    raw: session,
  };
}
