import { minorToDecimal } from '../../../shared/money';
import type { GatewayCharge, GatewayEvent, GatewayRefund } from '../dataset/types';
import type { SandboxResponse } from '../http/types';
import { jsonResponse } from '../http/types';
import type { Prng } from '../prng';
import { invalidRequest, noSuchObject, stripeError } from './errors';
import { renderRefund } from './render-payments';
import type { GatewayStore } from './store';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;
type Reason = (typeof REASONS)[number];
const METADATA_KEY = /^metadata\[([^\]]{1,40})\]$/;

function isReason(value: string): value is Reason {
  return REASONS.some((reason) => reason === value);
}

type Found = { readonly charge: GatewayCharge } | { readonly error: SandboxResponse };

function findCharge(store: GatewayStore, params: URLSearchParams): Found {
  const intentId = params.get('payment_intent');
  const chargeId = params.get('charge');
  if (intentId !== null && chargeId !== null) return { error: invalidRequest('You may only specify one of these parameters: charge, payment_intent.', 'charge') };
  if (intentId !== null) {
    const intent = store.paymentIntents.get(intentId);
    if (!intent) return { error: noSuchObject('payment_intent', intentId, 'payment_intent', 400) };
    const charge = intent.status === 'succeeded' && intent.latestChargeId ? store.charges.get(intent.latestChargeId) : undefined;
    if (!charge) return { error: invalidRequest(`PaymentIntent ${intentId} does not have a successful charge to refund.`, 'payment_intent') };
    return { charge };
  }
  if (chargeId !== null) {
    const charge = store.charges.get(chargeId);
    if (!charge) return { error: noSuchObject('charge', chargeId, 'charge', 400) };
    if (charge.status !== 'succeeded') return { error: invalidRequest(`Charge ${chargeId} did not succeed, so it cannot be refunded.`, 'charge') };
    return { charge };
  }
  return { error: invalidRequest('One of the following parameters is required: charge, payment_intent.') };
}

/**
 * POST /v1/refunds: refunds all or part of a succeeded charge, found by its PaymentIntent or id,
 * and records the charge.refunded event. Amounts are integer minor units, as Stripe takes them.
 */
export function createRefund(store: GatewayStore, params: URLSearchParams, nowSeconds: number, ids: Prng): SandboxResponse {
  const metadata: Record<string, string> = {};
  for (const [key, value] of params) {
    const metadataKey = METADATA_KEY.exec(key)?.[1];
    if (metadataKey !== undefined) metadata[metadataKey] = value;
    else if (!['payment_intent', 'charge', 'amount', 'reason'].includes(key)) return invalidRequest(`Received unknown parameter: ${key}`, key);
  }
  const found = findCharge(store, params);
  if ('error' in found) return found.error;
  const { charge } = found;
  const remaining = charge.amountMinor - store.refundedMinor(charge.id);
  if (remaining <= 0) return stripeError(400, { type: 'invalid_request_error', code: 'charge_already_refunded', message: `Charge ${charge.id} has already been refunded.` });

  const amountText = params.get('amount');
  let amount = remaining;
  if (amountText !== null) {
    if (!/^\d+$/.test(amountText)) return invalidRequest(`Invalid integer: ${amountText}`, 'amount');
    amount = Number(amountText);
    if (amount < 1) return invalidRequest('Refund amount must be at least 1.', 'amount');
    if (amount > remaining) {
      const currency = charge.currency;
      return stripeError(400, { type: 'invalid_request_error', code: 'amount_too_large', param: 'amount', message: `Refund amount (${minorToDecimal(amount, currency)} ${currency}) is greater than unrefunded amount on charge (${minorToDecimal(remaining, currency)} ${currency})` });
    }
    // Stripe takes three-decimal currencies only in whole hundredths of the major unit.
    if (charge.currency === 'KWD' && amount % 10 !== 0) return invalidRequest('Amounts in kwd must be a multiple of 10 (the last digit must be 0).', 'amount');
  }
  const reasonText = params.get('reason');
  const reason = reasonText === null ? null : isReason(reasonText) ? reasonText : undefined;
  if (reason === undefined) return invalidRequest(`Invalid reason: must be one of ${REASONS.join(', ')}`, 'reason');

  const refund: GatewayRefund = {
    id: `re_${ids.chars(24)}`,
    created: nowSeconds,
    chargeId: charge.id,
    paymentIntentId: charge.paymentIntentId,
    currency: charge.currency,
    amountMinor: amount,
    reason,
    metadata,
  };
  const event: GatewayEvent = { id: `evt_${ids.chars(24)}`, type: 'charge.refunded', created: nowSeconds, objectType: 'charge', objectId: charge.id };
  store.addRefund(refund, event);
  return jsonResponse(200, renderRefund(refund));
}
