import { ACTION_APPLIES_TO, OutboxAction, type AttemptOutcome, type OutboxActionOutcome, type OutboxKind, type OutboxState } from '../../../../shared/contract/outbox';
import type { FailureClass } from '../../../../shared/domain/failure-class';
import { assertNever } from '../../lib/assert-never';
import { plural } from '../../lib/format-count';
import { firstStep, landedText, recipientOf, type KindScope } from './outbox-kind';

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

/** What a state means for the money, for a title or a hint: of one kind of row, or of a count across both. */
export function outboxStateHint(state: OutboxState, scope: KindScope): string {
  switch (state) {
    case 'pending':
      return scope === 'any' ? 'Waiting to be sent.' : `Waiting to be sent: ${firstStep(scope)}.`;
    case 'in_flight':
      return 'Being sent now.';
    case 'succeeded':
      return `${landedText(scope)}.`;
    case 'failed':
      return 'The last attempt failed; an automatic retry is scheduled.';
    case 'dead':
      return 'Given up on: no automatic retry. A person must fix the cause, then retry.';
    case 'cancelled':
      return `Withdrawn before it reached ${recipientOf(scope)}: it will not be sent.`;
    default:
      return assertNever(state);
  }
}

export function failureClassLabel(failureClass: FailureClass, scope: KindScope): string {
  switch (failureClass) {
    case 'connection':
      return 'Connection';
    case 'system':
      return scope === 'billing_payment' ? 'Billing system' : 'Partner system';
    case 'integration':
      return 'Integration';
    default:
      return assertNever(failureClass);
  }
}

/** Who a failure of this scope came from, to start a sentence. */
function failedPartner(scope: KindScope): string {
  switch (scope) {
    case 'billing_payment':
      return 'Billing';
    case 'webhook_event':
      // The event is fetched from the gateway at the first attempt, so either may have failed.
      return 'The webhook endpoint (or the gateway, fetching the event)';
    case 'any':
      return 'Billing or the webhook endpoint';
    default:
      return assertNever(scope);
  }
}

/** DESIGN.md's meaning of each failure class, said as what to do about it. */
export function failureClassHint(failureClass: FailureClass, scope: KindScope): string {
  switch (failureClass) {
    case 'connection':
      return `${failedPartner(scope)} could not be reached (DNS, refused, reset, TLS, timeout): check the network and the partner’s reachability.`;
    case 'system':
      return `${failedPartner(scope)} is up but unwell (5xx, maintenance, rate limit): it is retried later by itself.`;
    case 'integration':
      return scope === 'webhook_event'
        ? 'The webhook endpoint refused the event (does its signing secret match the one in Settings?), or the gateway has no such event: fix the cause; retrying alone will not help.'
        : `${failedPartner(scope)} refused the request (validation, authorisation, signature, schema): fix the mapping or the setting; retrying alone will not help.`;
    default:
      return assertNever(failureClass);
  }
}

export function attemptOutcomeLabel(outcome: AttemptOutcome, kind: OutboxKind): string {
  switch (outcome) {
    case 'in_flight':
      return 'In flight';
    case 'already_recorded':
      return 'Already recorded (found by the check)';
    case 'posted':
      return kind === 'webhook_event' ? 'Delivered' : 'Posted';
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
