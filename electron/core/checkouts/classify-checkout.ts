import type { CheckoutStage } from '../../../shared/domain/checkout-stage';

/** What the cache knows about one checkout session, as the stage rules need it. */
export interface CheckoutFacts {
  /** The session's status at the gateway: open, complete, expired. */
  status: string;
  /** paid, unpaid, no_payment_required. */
  paymentStatus: string | null;
  /** The session's payment intent, when the customer got as far as creating one. */
  payment: PaymentFacts | null;
  /** Billing holds a payment whose reference is this session's payment (intent or charge id). */
  billed: boolean;
  /** A later succeeded payment for the same invoice reference: the customer came back. */
  paidLater: boolean;
}

export interface PaymentFacts {
  /** The payment intent's status: succeeded, requires_action, requires_payment_method, … */
  status: string;
  /** From the intent's last_payment_error: the decline code, else the error code. */
  errorCode: string | null;
  errorMessage: string | null;
}

export interface CheckoutVerdict {
  stage: CheckoutStage;
  /** Still open at the gateway: whether that counts as abandoned is the threshold's call. */
  open: boolean;
  recovered: boolean;
  declineReason: string | null;
}

/**
 * Where the session ended, from what the gateway knows (DESIGN.md): paid sessions are completed,
 * or paid-not-committed when billing never recorded the payment; unpaid ones dropped off at the
 * 3-D Secure challenge (the intent waits on the customer), after a decline (the intent carries
 * its last error), or at card entry (no attempt at all).
 */
export function classifyCheckout(facts: CheckoutFacts): CheckoutVerdict {
  const { payment } = facts;
  const paid = facts.status === 'complete' || facts.paymentStatus === 'paid' || payment?.status === 'succeeded';
  if (paid) {
    const unposted = payment?.status === 'succeeded' && !facts.billed;
    return { stage: unposted ? 'paid_not_committed' : 'completed', open: false, recovered: false, declineReason: null };
  }
  const verdict = { open: facts.status === 'open', recovered: facts.paidLater };
  if (payment?.status === 'requires_action') return { ...verdict, stage: 'three_d_secure', declineReason: null };
  if (payment && (payment.errorCode !== null || payment.errorMessage !== null)) {
    return { ...verdict, stage: 'declined_then_abandoned', declineReason: declineReason(payment) };
  }
  return { ...verdict, stage: 'card_entry', declineReason: null };
}

function declineReason(payment: PaymentFacts): string {
  if (payment.errorCode !== null && payment.errorMessage !== null) return `${payment.errorMessage} (${payment.errorCode})`;
  return payment.errorMessage ?? payment.errorCode ?? '';
}
