import { ACTION_APPLIES_TO, OutboxAction, type AttemptOutcome, type OutboxActionOutcome, type OutboxState } from '../../../../shared/contract/outbox';
import type { FailureClass } from '../../../../shared/domain/failure-class';
import { assertNever } from '../../lib/assert-never';
import { plural } from '../../lib/format-count';

/** A row's state as the queue shows it; the stable name stays in the filter and exports. */
export function outboxStateLabel(state: OutboxState): string {
  switch (state) {
    case 'pending':
      return 'Pending';
    case 'in_flight':
      return 'In flight';
    case 'succeeded':
      return 'Succeeded';
    case 'failed':
      return 'Failed';
    case 'dead':
      return 'Dead';
    case 'cancelled':
      return 'Cancelled';
    default:
      return assertNever(state);
  }
}

/** What a state means for the money, for a title or a hint. */
export function outboxStateHint(state: OutboxState): string {
  switch (state) {
    case 'pending':
      return 'Waiting to be sent: billing is checked first, then the payment is posted.';
    case 'in_flight':
      return 'Being sent now.';
    case 'succeeded':
      return 'Recorded in billing.';
    case 'failed':
      return 'The last attempt failed; an automatic retry is scheduled.';
    case 'dead':
      return 'Given up on: no automatic retry. A person must fix the cause, then retry.';
    case 'cancelled':
      return 'Withdrawn before it was recorded: it will not be sent.';
    default:
      return assertNever(state);
  }
}

export function failureClassLabel(failureClass: FailureClass): string {
  switch (failureClass) {
    case 'connection':
      return 'Connection';
    case 'system':
      return 'Billing system';
    case 'integration':
      return 'Integration';
    default:
      return assertNever(failureClass);
  }
}

/** DESIGN.md's meaning of each failure class, said as what to do about it. */
export function failureClassHint(failureClass: FailureClass): string {
  switch (failureClass) {
    case 'connection':
      return 'Billing could not be reached (DNS, refused, reset, TLS, timeout): check the network and the partner’s reachability.';
    case 'system':
      return 'Billing is up but unwell (5xx, maintenance, rate limit): it is retried later by itself.';
    case 'integration':
      return 'Billing refused the request (validation, authorisation, schema): fix the mapping or the flow; retrying alone will not help.';
    default:
      return assertNever(failureClass);
  }
}

export function attemptOutcomeLabel(outcome: AttemptOutcome): string {
  switch (outcome) {
    case 'in_flight':
      return 'In flight';
    case 'already_recorded':
      return 'Already recorded (found by the check)';
    case 'posted':
      return 'Posted';
    case 'failed':
      return 'Failed';
    case 'interrupted':
      return 'Interrupted';
    default:
      return assertNever(outcome);
  }
}

export function actionLabel(action: OutboxAction): string {
  switch (action) {
    case 'retry':
      return 'Retry';
    case 'cancel':
      return 'Cancel';
    case 'dead':
      return 'Move to dead';
    default:
      return assertNever(action);
  }
}

/** The actions a row in this state offers, in the order they are shown. */
export function actionsFor(state: OutboxState): OutboxAction[] {
  return OutboxAction.options.filter((action) => ACTION_APPLIES_TO[action].includes(state));
}

/** What an action did, for the live region: how many rows changed and how many it did not apply to. */
export function actionOutcomeText(action: OutboxAction, outcome: OutboxActionOutcome): string {
  const done = (() => {
    switch (action) {
      case 'retry':
        return 'will be sent again now';
      case 'cancel':
        return 'cancelled';
      case 'dead':
        return 'moved to dead';
      default:
        return assertNever(action);
    }
  })();
  const changed = `${actionLabel(action)}: ${plural(outcome.changed, 'posting', 'postings')} ${done}.`;
  if (outcome.skipped === 0) return changed;
  return `${changed} ${plural(outcome.skipped, 'posting was', 'postings were')} skipped: not in a state this applies to.`;
}
