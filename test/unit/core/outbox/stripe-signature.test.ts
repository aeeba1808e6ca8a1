import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { stripeSignature } from '../../../../electron/core/webhook/stripe-signature';

const stripe = new Stripe('sk_test_contract');
const secret = 'whsec_test_0123456789abcdef';
const body = '{"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1"}}}';

describe('the Stripe-Signature of a re-sent event', () => {
  it("is accepted by Stripe's own verification, as a merchant's endpoint runs it", () => {
    const now = Math.floor(Date.now() / 1000);
    const event = stripe.webhooks.constructEvent(body, stripeSignature(body, secret, now), secret);
    expect(event.id).toBe('evt_1');
  });

  it('is refused under another secret, for another body, or when older than the tolerance', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(() => stripe.webhooks.constructEvent(body, stripeSignature(body, 'whsec_someone_else_entirely', now), secret)).toThrow();
    expect(() => stripe.webhooks.constructEvent(body.replace('pi_1', 'pi_2'), stripeSignature(body, secret, now), secret)).toThrow();
    expect(() => stripe.webhooks.constructEvent(body, stripeSignature(body, secret, now - 3_600), secret)).toThrow(/tolerance/);
  });
});
