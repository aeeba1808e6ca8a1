import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { stripeSignature } from '../../../../electron/core/webhook/stripe-signature';

// Paydesk only sends webhook events (it reads the gateway's events through the API, with its
// key, and receives none). The verifier is the one a merchant's endpoint runs: Stripe's SDK,
// here with an explicit receive time, so tolerance is tested without a real clock.
const stripe = new Stripe('sk_test_contract');
const secret = 'whsec_test_0123456789abcdef';
const body = '{"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1"}}}';
const SENT_AT = 1_790_000_000;
const TOLERANCE = 300;

function verifiedAt(receivedAtSeconds: number, header: string, payload = body, key = secret): string {
  return stripe.webhooks.constructEvent(payload, header, key, TOLERANCE, undefined, receivedAtSeconds * 1000).id;
}

describe('the Stripe-Signature of a re-sent event', () => {
  it('is t=<delivery time>,v1=<HMAC-SHA256 of "t.body">, as Stripe signs', () => {
    const digest = createHmac('sha256', secret).update(`${SENT_AT}.${body}`).digest('hex');
    expect(stripeSignature(body, secret, SENT_AT)).toBe(`t=${SENT_AT},v1=${digest}`);
  });

  it("is accepted by Stripe's own verification on arrival and up to the end of the tolerance", () => {
    const header = stripeSignature(body, secret, SENT_AT);
    expect(verifiedAt(SENT_AT, header)).toBe('evt_1');
    expect(verifiedAt(SENT_AT + TOLERANCE, header)).toBe('evt_1');
  });

  it('is refused once older than the tolerance', () => {
    expect(() => verifiedAt(SENT_AT + TOLERANCE + 1, stripeSignature(body, secret, SENT_AT))).toThrow(/tolerance/);
  });

  it('is refused under another secret or for a tampered body', () => {
    expect(() => verifiedAt(SENT_AT, stripeSignature(body, 'whsec_someone_else_entirely', SENT_AT))).toThrow(/No signatures found/);
    expect(() => verifiedAt(SENT_AT, stripeSignature(body, secret, SENT_AT), body.replace('pi_1', 'pi_2'))).toThrow(/No signatures found/);
    const header = stripeSignature(body, secret, SENT_AT);
    const otherTime = header.replace(`t=${SENT_AT}`, `t=${SENT_AT + 1}`);
    expect(() => verifiedAt(SENT_AT, otherTime)).toThrow(/No signatures found/);
  });

  it('is accepted among several v1 signatures (a secret being rotated), refused when none matches', () => {
    const ours = stripeSignature(body, secret, SENT_AT).split(',v1=')[1];
    const old = stripeSignature(body, 'whsec_the_previous_secret_1', SENT_AT).split(',v1=')[1];
    expect(verifiedAt(SENT_AT, `t=${SENT_AT},v1=${old},v1=${ours}`)).toBe('evt_1');
    expect(() => verifiedAt(SENT_AT, `t=${SENT_AT},v1=${old},v0=${ours}`)).toThrow(/No signatures found/);
  });
});
