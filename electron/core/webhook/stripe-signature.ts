import { createHmac } from 'node:crypto';

/**
 * The Stripe-Signature header Stripe sends with every webhook: `t=<unix seconds>,v1=<hex>`, the
 * HMAC-SHA256 of "<t>.<body>" under the endpoint's signing secret. Signed at each delivery with
 * the time of that delivery, as Stripe does, so a receiver's replay tolerance accepts a re-send
 * of an old event, and its existing verification code needs no change.
 */
export function stripeSignature(body: string, secret: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
