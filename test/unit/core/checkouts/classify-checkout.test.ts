import { describe, expect, it } from 'vitest';
import { classifyCheckout, type CheckoutFacts, type PaymentFacts } from '../../../../electron/core/checkouts/classify-checkout';

const expired: CheckoutFacts = { status: 'expired', paymentStatus: 'unpaid', payment: null, billed: false, paidLater: false };
const intent = (status: string, error: Partial<PaymentFacts> = {}): PaymentFacts => ({ status, errorCode: null, errorMessage: null, ...error });

describe('the stage a checkout session dropped off at', () => {
  it.each<[string, CheckoutFacts, string]>([
    ['expired with no payment attempt: card entry', expired, 'card_entry'],
    ['an intent still waiting for a payment method, no error: card entry', { ...expired, payment: intent('requires_payment_method') }, 'card_entry'],
    ['the bank challenge never answered: 3-D Secure', { ...expired, payment: intent('requires_action') }, 'three_d_secure'],
    ['declined and given up', { ...expired, payment: intent('requires_payment_method', { errorCode: 'insufficient_funds', errorMessage: 'Your card has insufficient funds.' }) }, 'declined_then_abandoned'],
    ['a declined intent that was cancelled afterwards', { ...expired, payment: intent('canceled', { errorCode: 'card_declined' }) }, 'declined_then_abandoned'],
    ['paid and recorded by billing', { status: 'complete', paymentStatus: 'paid', payment: intent('succeeded'), billed: true, paidLater: false }, 'completed'],
    ['paid at the gateway, billing never heard of it', { status: 'complete', paymentStatus: 'paid', payment: intent('succeeded'), billed: false, paidLater: false }, 'paid_not_committed'],
    ['paid, the intent not in the cache yet: nothing to say it is unposted', { status: 'complete', paymentStatus: 'paid', payment: null, billed: false, paidLater: false }, 'completed'],
    ['paid, the payment still processing', { status: 'complete', paymentStatus: 'unpaid', payment: intent('processing'), billed: false, paidLater: false }, 'completed'],
  ])('%s', (_name, facts, stage) => {
    expect(classifyCheckout(facts).stage).toBe(stage);
  });

  it('says why a declined checkout failed, in the gateway words', () => {
    const verdict = classifyCheckout({ ...expired, payment: intent('requires_payment_method', { errorCode: 'insufficient_funds', errorMessage: 'Your card has insufficient funds.' }) });
    expect(verdict.declineReason).toBe('Your card has insufficient funds. (insufficient_funds)');
    expect(classifyCheckout({ ...expired, payment: intent('requires_action') }).declineReason).toBeNull();
  });

  it('keeps an open session open and marks one whose customer paid later as recovered', () => {
    expect(classifyCheckout({ ...expired, status: 'open' })).toMatchObject({ stage: 'card_entry', open: true, recovered: false });
    expect(classifyCheckout({ ...expired, paidLater: true })).toMatchObject({ open: false, recovered: true });
    // A paid session is never "recovered": it did not drop off.
    expect(classifyCheckout({ status: 'complete', paymentStatus: 'paid', payment: intent('succeeded'), billed: true, paidLater: true }).recovered).toBe(false);
  });
});
