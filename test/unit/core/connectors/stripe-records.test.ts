import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../../../electron/core/convert/conversion-error';
import { checkShape, convertOrFail } from '../../../../electron/core/connectors/retry/integration-failure';
import { stripeAmountToMinor } from '../../../../electron/core/connectors/stripe/stripe-amount';
import { StaleCursorError, stripeFailure } from '../../../../electron/core/connectors/stripe/stripe-errors';
import { cardOf, checkoutRecord, paymentFromCharge, paymentFromIntent, refundRecord } from '../../../../electron/core/connectors/stripe/stripe-records';
import { StripeCharge, StripeCheckoutSession, StripePaymentIntent, StripeRefund } from '../../../../electron/core/connectors/stripe/stripe-schemas';

const mapping = { source: 'gateway', invoiceReferenceKey: 'invoice_number' };
const ENDPOINT = 'GET /v1/payment_intents';

function intent(overrides: Record<string, unknown> = {}): unknown {
  return {
    id: 'pi_1',
    object: 'payment_intent',
    amount: 1200,
    currency: 'jpy',
    status: 'succeeded',
    created: 1_790_000_000,
    customer: 'cus_1',
    receipt_email: 'ann@example.com',
    metadata: { invoice_number: 'INV-000042,INV-000043' },
    latest_charge: 'ch_1',
    ...overrides,
  };
}

function charge(overrides: Record<string, unknown> = {}): unknown {
  return {
    id: 'ch_9',
    object: 'charge',
    amount: 12_340,
    currency: 'kwd',
    status: 'succeeded',
    created: 1_790_000_100,
    customer: { id: 'cus_2', object: 'customer' },
    payment_intent: null,
    receipt_email: null,
    billing_details: { email: 'bob@example.com', name: 'Bob' },
    metadata: {},
    payment_method_details: { type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 1 } },
    ...overrides,
  };
}

describe('Stripe amounts in ISO minor units', () => {
  it.each([
    [1200, 'JPY', 1200],
    [12_340, 'KWD', 12_340],
    [1999, 'USD', 1999],
    // Stripe counts MGA in whole ariary (ISO: two decimals) and ISK in hundredths (ISO: none).
    [500, 'MGA', 50_000],
    [50_000, 'ISK', 500],
  ])('%i %s is %i', (amount, currency, minor) => {
    expect(stripeAmountToMinor(amount, currency, { record: 'charge ch_1', field: 'amount' })).toBe(minor);
  });

  it('refuses an ISK amount that would have to be rounded, naming record and field', () => {
    expect(() => stripeAmountToMinor(50_050, 'ISK', { record: 'charge ch_1', field: 'amount' })).toThrow(
      'charge ch_1, field amount: ISK allows 0 decimal places (value "50050")',
    );
  });
});

describe('Stripe objects to canonical records', () => {
  it('maps a payment intent: id, latest charge, exact JPY amount, invoice reference, UTC time', () => {
    const record = paymentFromIntent(checkShape(StripePaymentIntent, intent(), 'payment intent pi_1', ENDPOINT), mapping);
    expect(record).toMatchObject({
      id: 'pi_1',
      chargeId: 'ch_1',
      source: 'gateway',
      status: 'succeeded',
      amountMinor: 1200,
      currency: 'JPY',
      customerId: 'cus_1',
      customerEmail: 'ann@example.com',
      invoiceReference: 'INV-000042,INV-000043',
      cardBrand: null,
      createdAt: '2026-09-21T14:13:20.000Z',
    });
  });

  it('maps a legacy charge to a payment of its own, with its card and KWD in fils', () => {
    const parsed = checkShape(StripeCharge, charge(), 'charge ch_9', 'GET /v1/charges');
    expect(paymentFromCharge(parsed, mapping)).toMatchObject({
      id: 'ch_9',
      chargeId: 'ch_9',
      amountMinor: 12_340,
      currency: 'KWD',
      customerId: 'cus_2',
      customerEmail: 'bob@example.com',
      invoiceReference: null,
      cardBrand: 'visa',
      cardLast4: '4242',
    });
  });

  it('refuses a card "last four" that is not four digits', () => {
    const parsed = checkShape(StripeCharge, charge({ payment_method_details: { card: { brand: 'visa', last4: '4242424242424242' } } }), 'charge ch_9', 'GET /v1/charges');
    expect(() => cardOf(parsed)).toThrow(ConversionError);
  });

  it('links a refund to the payment intent, else to whoever owns the charge, else to the charge', () => {
    const refund = (overrides: Record<string, unknown>) =>
      checkShape(StripeRefund, { id: 're_1', object: 'refund', amount: 500, currency: 'usd', status: 'succeeded', created: 1_790_000_000, charge: 'ch_1', payment_intent: null, ...overrides }, 'refund re_1', 'GET /v1/refunds');
    expect(refundRecord(refund({ payment_intent: 'pi_1' }), mapping, () => null).paymentId).toBe('pi_1');
    expect(refundRecord(refund({}), mapping, (chargeId) => (chargeId === 'ch_1' ? 'pi_7' : null)).paymentId).toBe('pi_7');
    expect(refundRecord(refund({}), mapping, () => null)).toMatchObject({ paymentId: 'ch_1', amountMinor: 500, currency: 'USD', status: 'succeeded' });
  });

  it('maps a checkout session, with its recovery link when open', () => {
    const session = checkShape(
      StripeCheckoutSession,
      {
        id: 'cs_1', object: 'checkout.session', status: 'open', payment_status: 'unpaid', amount_total: 2500, currency: 'eur',
        customer_email: null, customer_details: { email: 'ann@example.com' }, payment_intent: null,
        created: 1_790_000_000, expires_at: 1_790_086_400, url: 'https://checkout.stripe.com/c/pay/cs_1', after_expiration: null,
      },
      'checkout session cs_1',
      'GET /v1/checkout/sessions',
    );
    expect(checkoutRecord(session, mapping)).toMatchObject({
      id: 'cs_1', paymentId: null, status: 'open', paymentStatus: 'unpaid', amountMinor: 2500, currency: 'EUR',
      customerEmail: 'ann@example.com', recoveryUrl: 'https://checkout.stripe.com/c/pay/cs_1', expiresAt: '2026-09-22T14:13:20.000Z',
    });
  });

  it('names the record and the field when a field was renamed or is missing', () => {
    const drifted = intent({ amount: undefined, amount_total_minor: 1200 });
    expect(() => checkShape(StripePaymentIntent, drifted, 'payment intent pi_1', ENDPOINT)).toThrow(
      'Unexpected data from the partner: payment intent pi_1: field amount is missing. The partner\'s format may have changed.',
    );
    expect(() => checkShape(StripePaymentIntent, intent({ amount: '12.00' }), 'payment intent pi_1', ENDPOINT)).toThrow(/field amount is not as expected/);
  });

  it('turns an unconvertible value into an integration failure naming record and field', () => {
    const parsed = checkShape(StripePaymentIntent, intent({ currency: 'xxx' }), 'payment intent pi_1', ENDPOINT);
    let failure: unknown;
    try {
      convertOrFail(ENDPOINT, () => paymentFromIntent(parsed, mapping));
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ failureClass: 'integration', endpoint: ENDPOINT, message: 'Cannot convert payment intent pi_1, field currency: not an ISO 4217 currency code (value "xxx")' });
  });
});

describe('Stripe SDK errors to failure classes', () => {
  const raw = (statusCode: number, extra: Record<string, unknown> = {}) => ({ message: 'm', type: 'invalid_request_error' as const, statusCode, ...extra });

  it('classifies rate limits, server errors, auth and validation, keeping Retry-After', () => {
    const limited = stripeFailure(new Stripe.errors.StripeRateLimitError({ ...raw(429), headers: { 'retry-after': '2' } }), ENDPOINT, 429);
    expect(limited).toMatchObject({ failureClass: 'system', httpStatus: 429, retryAfterMs: 2_000 });
    expect(stripeFailure(new Stripe.errors.StripeAPIError({ ...raw(503), type: 'api_error' }), ENDPOINT, 503)).toMatchObject({ failureClass: 'system', httpStatus: 503 });
    expect(stripeFailure(new Stripe.errors.StripeAuthenticationError(raw(401)), ENDPOINT, 401)).toMatchObject({ failureClass: 'integration', httpStatus: 401 });
    expect(stripeFailure(new Stripe.errors.StripeInvalidRequestError(raw(400)), ENDPOINT, 400)).toMatchObject({ failureClass: 'integration' });
    expect(stripeFailure(new Stripe.errors.StripePermissionError(raw(403)), ENDPOINT, 403)).toMatchObject({ failureClass: 'integration' });
  });

  it('reads a proxy error page (not JSON) by the status fetch saw', () => {
    const notJson = new Stripe.errors.StripeAPIError({ message: 'Invalid JSON received from the Stripe API', type: 'api_error' });
    expect(stripeFailure(notJson, ENDPOINT, 502)).toMatchObject({ failureClass: 'system', httpStatus: 502 });
    expect(stripeFailure(notJson, ENDPOINT, 200)).toMatchObject({ failureClass: 'integration' });
  });

  it('classifies network trouble as connection, and a vanished list position as a stale cursor', () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const connection = stripeFailure(new Stripe.errors.StripeConnectionError({ message: 'An error occurred with our connection to Stripe.', type: 'api_error', detail: refused }), ENDPOINT, null);
    expect(connection).toMatchObject({ failureClass: 'connection', httpStatus: null });
    expect(connection.message).toMatch(/^The connection was refused/);
    expect(stripeFailure(new Stripe.errors.StripeInvalidRequestError(raw(400, { param: 'starting_after' })), ENDPOINT, 400)).toBeInstanceOf(StaleCursorError);
  });
});
