import type { GatewayCheckoutSession, GatewayEvent } from '../dataset/types';
import { renderCharge, renderPaymentIntent } from './render-payments';
import type { StripeObject } from './render-payments';
import type { GatewayStore } from './store';

/** The API version whose shapes the sandbox speaks, as events report it. */
export const STRIPE_API_VERSION = '2023-08-16';

export function renderCheckoutSession(session: GatewayCheckoutSession): StripeObject {
  return {
    id: session.id,
    object: 'checkout.session',
    after_expiration: afterExpiration(session),
    allow_promotion_codes: null,
    amount_subtotal: session.amountSubtotalMinor,
    amount_total: session.amountTotalMinor,
    automatic_tax: { enabled: false, status: null },
    billing_address_collection: null,
    cancel_url: 'https://shop.example.com/checkout/cancel',
    client_reference_id: session.clientReferenceId,
    consent: null,
    consent_collection: null,
    created: session.created,
    currency: session.currency.toLowerCase(),
    currency_conversion: null,
    custom_fields: [],
    custom_text: { shipping_address: null, submit: null },
    customer: session.customerId,
    customer_creation: null,
    customer_details: { address: null, email: session.customerEmail, name: session.customerName, phone: null, tax_exempt: 'none', tax_ids: [] },
    customer_email: session.customerEmail,
    expires_at: session.expiresAt,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    metadata: { ...session.metadata },
    mode: 'payment',
    payment_intent: session.paymentIntentId,
    payment_link: null,
    payment_method_collection: null,
    payment_method_options: {},
    payment_method_types: ['card'],
    payment_status: session.paymentStatus,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_details: null,
    shipping_options: [],
    status: session.status,
    submit_type: 'pay',
    subscription: null,
    success_url: 'https://shop.example.com/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    total_details: { amount_discount: session.amountDiscountMinor, amount_shipping: session.amountShippingMinor, amount_tax: 0 },
    url: session.status === 'open' ? `https://checkout.stripe.com/c/pay/${session.id}` : null,
  };
}

/** How long Stripe keeps a recovery link working after the session expired. */
const RECOVERY_DAYS = 30;

/** The sandbox's sessions are created with recovery enabled, as a shop chasing abandoned carts would. */
function afterExpiration(session: GatewayCheckoutSession): StripeObject | null {
  if (session.status !== 'expired') return null;
  return {
    recovery: {
      allow_promotion_codes: false,
      enabled: true,
      expires_at: session.expiresAt + RECOVERY_DAYS * 24 * 60 * 60,
      url: `https://buy.stripe.com/r/test_${session.id.slice('cs_test_'.length, 'cs_test_'.length + 24)}`,
    },
  };
}

/** The object an event is about, as it stood when the event happened. */
function eventObject(event: GatewayEvent, store: GatewayStore): StripeObject {
  switch (event.objectType) {
    case 'payment_intent': {
      const intent = store.paymentIntents.get(event.objectId);
      if (!intent) throw new Error(`event ${event.id} refers to unknown ${event.objectId}`);
      return renderPaymentIntent(intent);
    }
    case 'charge': {
      const charge = store.charges.get(event.objectId);
      if (!charge) throw new Error(`event ${event.id} refers to unknown ${event.objectId}`);
      return renderCharge(charge, store, event.created);
    }
    case 'checkout.session': {
      const session = store.checkoutSessions.get(event.objectId);
      if (!session) throw new Error(`event ${event.id} refers to unknown ${event.objectId}`);
      return renderCheckoutSession(session);
    }
  }
}

export function renderEvent(event: GatewayEvent, store: GatewayStore): StripeObject {
  return {
    id: event.id,
    object: 'event',
    api_version: STRIPE_API_VERSION,
    created: event.created,
    data: { object: eventObject(event, store) },
    livemode: false,
    pending_webhooks: 0,
    request: { id: null, idempotency_key: null },
    type: event.type,
  };
}

/** Funds from succeeded charges net of refunds, per currency; payouts are out of scope. */
export function renderBalance(store: GatewayStore): StripeObject {
  const available = new Map<string, number>();
  for (const charge of store.charges.newestFirst) {
    if (charge.status !== 'succeeded') continue;
    const currency = charge.currency.toLowerCase();
    available.set(currency, (available.get(currency) ?? 0) + charge.amountMinor - store.refundedMinor(charge.id));
  }
  const currencies = [...available.keys()].sort();
  return {
    object: 'balance',
    available: currencies.map((currency) => ({ amount: available.get(currency) ?? 0, currency, source_types: { card: available.get(currency) ?? 0 } })),
    connect_reserved: currencies.map((currency) => ({ amount: 0, currency })),
    livemode: false,
    pending: currencies.map((currency) => ({ amount: 0, currency, source_types: { card: 0 } })),
  };
}
