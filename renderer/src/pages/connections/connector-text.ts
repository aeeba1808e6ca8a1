import type { ConnectorHealth, ConnectorKind, ConnectorMode } from '../../../../shared/contract/connectors';
import type { FailureClass } from '../../../../shared/domain/failure-class';
import { assertNever } from '../../lib/assert-never';

export type StatusText = 'Healthy' | 'Connection issue' | 'System issue' | 'Integration issue' | 'Not checked yet';

export type StatusTone = 'good' | 'bad' | 'neutral';

export function issueText(failureClass: FailureClass): StatusText {
  switch (failureClass) {
    case 'connection':
      return 'Connection issue';
    case 'system':
      return 'System issue';
    case 'integration':
      return 'Integration issue';
    default:
      return assertNever(failureClass);
  }
}

/**
 * The one status line of a connector. A failing connector without a recorded failure should not
 * happen; it reads as a connection issue, the class that asks the least of the user.
 */
export function statusText(health: ConnectorHealth): StatusText {
  switch (health.state) {
    case 'healthy':
      return 'Healthy';
    case 'failing':
      return issueText(health.lastFailure?.failureClass ?? 'connection');
    case 'unknown':
      return 'Not checked yet';
    default:
      return assertNever(health.state);
  }
}

export function statusTone(health: ConnectorHealth): StatusTone {
  switch (health.state) {
    case 'healthy':
      return 'good';
    case 'failing':
      return 'bad';
    case 'unknown':
      return 'neutral';
    default:
      return assertNever(health.state);
  }
}

/** What the user should do about a failure of this class. */
export function adviceFor(failureClass: FailureClass): string {
  switch (failureClass) {
    case 'connection':
      return 'Ask the partner to check that the host is reachable';
    case 'system':
      return "The partner's service is up but unwell; Paydesk retries later";
    case 'integration':
      return 'A person must fix the mapping, credentials or flow; retrying will not help';
    default:
      return assertNever(failureClass);
  }
}

/** The class name alone, for the error details (the status line already says "issue"). */
export function failureClassText(failureClass: FailureClass): string {
  switch (failureClass) {
    case 'connection':
      return 'Connection';
    case 'system':
      return 'System';
    case 'integration':
      return 'Integration';
    default:
      return assertNever(failureClass);
  }
}

export function kindText(kind: ConnectorKind): string {
  switch (kind) {
    case 'gateway':
      return 'Payment gateway';
    case 'billing':
      return 'Billing system';
    default:
      return assertNever(kind);
  }
}

export function modeText(mode: ConnectorMode): string {
  switch (mode) {
    case 'sandbox':
      return 'Sandbox';
    case 'live':
      return 'Live';
    default:
      return assertNever(mode);
  }
}

export function latencyText(latencyMs: number | null): string {
  return latencyMs === null ? 'Not measured' : `${latencyMs} ms`;
}
