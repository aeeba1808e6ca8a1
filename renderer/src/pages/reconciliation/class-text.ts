import type { AgeBucket, ItemState, ReconClass } from '../../../../shared/contract/reconcile';
import { isException, RECONCILIATION_CLASSES } from '../../../../shared/domain/reconciliation-class';
import { assertNever } from '../../lib/assert-never';

/** The classes a person works on, in DESIGN.md's order; matched and unpaid are not exceptions. */
export const EXCEPTION_CLASSES: readonly ReconClass[] = RECONCILIATION_CLASSES.filter(isException);

/** A class as a finance user reads it; the stable name is shown beside it for exports and the CLI. */
export function classLabel(cls: ReconClass): string {
  switch (cls) {
    case 'currency_mismatch':
      return 'Currency mismatch';
    case 'matched':
      return 'Matched';
    case 'unpaid':
      return 'Unpaid';
    case 'unposted_payment':
      return 'Payment not in billing';
    case 'duplicate_payment':
      return 'Duplicate payment';
    case 'refund_not_reflected':
      return 'Refund not in billing';
    case 'missing_payment':
      return 'Paid in billing only';
    case 'amount_mismatch':
      return 'Amount mismatch';
    case 'orphan_payment':
      return 'Payment without invoice';
    default:
      return assertNever(cls);
  }
}

/** What usually settles an item of this class: the "what do I do about it" of the detail view. */
export function classAdvice(cls: ReconClass): string {
  switch (cls) {
    case 'currency_mismatch':
      return 'A linked payment is in another currency than the invoice: check the link, unmatch it if it is wrong.';
    case 'matched':
      return 'Both sides agree.';
    case 'unpaid':
      return 'Outstanding, and both sides agree on it.';
    case 'unposted_payment':
      return 'The gateway took money billing has not recorded: post the payment to billing (retransmit), then re-run.';
    case 'duplicate_payment':
      return 'The customer paid more than once: refund the extra payment, or resolve with the reason.';
    case 'refund_not_reflected':
      return 'The gateway gave money back but billing still shows it paid: record the refund in billing.';
    case 'missing_payment':
      return 'Billing shows it paid but no gateway payment is behind it: match the right payment, or check billing.';
    case 'amount_mismatch':
      return 'Gateway and billing disagree on the amount: the sign of the difference says who holds more.';
    case 'orphan_payment':
      return 'A payment no invoice points to: match it to its invoice, or resolve with the reason.';
    default:
      return assertNever(cls);
  }
}

export function stateLabel(state: ItemState): string {
  switch (state) {
    case 'open':
      return 'Open';
    case 'resolved':
      return 'Resolved';
    case 'accepted':
      return 'Accepted';
    default:
      return assertNever(state);
  }
}

export function ageBucketLabel(bucket: AgeBucket): string {
  switch (bucket) {
    case '0-1':
      return '0–1 days';
    case '2-7':
      return '2–7 days';
    case '8-30':
      return '8–30 days';
    case '31+':
      return 'over 30 days';
    default:
      return assertNever(bucket);
  }
}

/** The bucket an age falls in, by the same bounds the filter uses. */
export function ageBucketOf(ageDays: number): AgeBucket {
  if (ageDays <= 1) return '0-1';
  if (ageDays <= 7) return '2-7';
  if (ageDays <= 30) return '8-30';
  return '31+';
}
