import type { GatewayCharge, GatewayPaymentIntent, GatewayRefund } from '../dataset/types';
import type { GatewayStore } from './store';

// Stripe shapes (API version 2023-08-16) of payment intents, charges and refunds. Every property
// Stripe returns is present, nullable ones as null, so the objects validate against Stripe's
// published OpenAPI schemas and a client written against real Stripe reads them unchanged.

export type StripeObject = Record<string, unknown>;

/** A small stable number from an id, for cosmetic values such as a risk score. */
function stableNumber(id: string, modulo: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i += 1) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % modulo;
}

export function renderPaymentIntent(intent: GatewayPaymentIntent): StripeObject {
  const error = intent.lastPaymentError;
  return {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amountMinor,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: intent.status === 'succeeded' ? intent.amountMinor : 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic',
    client_secret: `${intent.id}_secret_sandbox`,
    confirmation_method: 'automatic',
    created: intent.created,
    currency: intent.currency.toLowerCase(),
    customer: intent.customerId,
    description: intent.description,
    invoice: null,
    last_payment_error: error && {
      charge: error.chargeId,
      code: error.code,
      decline_code: error.declineCode,
      doc_url: 'https://stripe.com/docs/error-codes/card-declined',
      message: error.message,
      type: 'card_error',
    },
    latest_charge: intent.latestChargeId,
    livemode: false,
    metadata: { ...intent.metadata },
    next_action:
      intent.status === 'requires_action'
        ? { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: `https://hooks.stripe.com/redirect/authenticate/${intent.id}` } }
        : null,
    on_behalf_of: null,
    payment_method: intent.paymentMethodId,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
    payment_method_types: ['card'],
    processing: null,
    receipt_email: intent.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: intent.status,
    transfer_data: null,
    transfer_group: null,
  };
}

export function renderRefund(refund: GatewayRefund): StripeObject {
  return {
    id: refund.id,
    object: 'refund',
    amount: refund.amountMinor,
    balance_transaction: `txn_${refund.id.slice(3)}`,
    charge: refund.chargeId,
    created: refund.created,
    currency: refund.currency.toLowerCase(),
    metadata: { ...refund.metadata },
    payment_intent: refund.paymentIntentId,
    reason: refund.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

/** A charge as it stood at `asOf` (unix seconds): refunds made later are not yet on it. */
export function renderCharge(charge: GatewayCharge, store: GatewayStore, asOf?: number): StripeObject {
  const succeeded = charge.status === 'succeeded';
  const refunds = store.refundsOf(charge.id, asOf);
  const refunded = refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
  const { card, failure } = charge;
  return {
    id: charge.id,
    object: 'charge',
    amount: charge.amountMinor,
    amount_captured: succeeded ? charge.amountMinor : 0,
    amount_refunded: refunded,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: succeeded ? `txn_${charge.id.slice(3)}` : null,
    billing_details: {
      address: { city: null, country: card.country, line1: null, line2: null, postal_code: null, state: null },
      email: charge.billingEmail,
      name: charge.billingName,
      phone: null,
    },
    calculated_statement_descriptor: 'PAYDESK SANDBOX',
    captured: succeeded,
    created: charge.created,
    currency: charge.currency.toLowerCase(),
    customer: charge.customerId,
    description: charge.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    fraud_details: {},
    invoice: null,
    livemode: false,
    metadata: { ...charge.metadata },
    on_behalf_of: null,
    outcome: succeeded
      ? { network_status: 'approved_by_network', reason: null, risk_level: 'normal', risk_score: stableNumber(charge.id, 60), seller_message: 'Payment complete.', type: 'authorized' }
      : { network_status: 'declined_by_network', reason: failure?.declineCode ?? 'generic_decline', risk_level: 'normal', risk_score: stableNumber(charge.id, 60), seller_message: 'The bank did not return any further details with this decline.', type: 'issuer_declined' },
    paid: succeeded,
    payment_intent: charge.paymentIntentId,
    payment_method: charge.paymentMethodId,
    payment_method_details: {
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
        country: card.country,
        exp_month: card.expMonth,
        exp_year: card.expYear,
        fingerprint: card.fingerprint,
        funding: card.funding,
        installments: null,
        last4: card.last4,
        mandate: null,
        network: card.brand,
        three_d_secure: null,
        wallet: null,
      },
      type: 'card',
    },
    receipt_email: charge.billingEmail,
    receipt_number: null,
    receipt_url: `https://pay.stripe.com/receipts/sandbox/${charge.id}`,
    refunded: refunded >= charge.amountMinor && refunded > 0,
    refunds: { object: 'list', data: refunds.reverse().map(renderRefund), has_more: false, url: `/v1/charges/${charge.id}/refunds` },
    review: null,
    shipping: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: charge.status,
    transfer_data: null,
    transfer_group: null,
  };
}
