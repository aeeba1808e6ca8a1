import type { ConnectorSummary } from '../../../shared/contract/connectors';
import type { FailureClass } from '../../../shared/domain/failure-class';
import { assertNever } from '../lib/assert-never';
import { formatClock, formatRelative, type ClockOptions } from '../lib/relative-time';

/** How a failing partner is described, by the class of its last failure. */
export function offlineWord(failureClass: FailureClass | null): string {
  switch (failureClass) {
    case null:
    case 'connection':
      return 'unreachable';
    case 'system':
      return 'having problems';
    case 'integration':
      return 'refusing requests';
    default:
      return assertNever(failureClass);
  }
}

export interface OfflinePart {
  id: string;
  /** "Sandbox payment gateway unreachable since 14:32": stable, so it may be announced. */
  text: string;
  /** "(3 min ago)": changes every second, so it is only shown. */
  age: string | null;
}

/** One part per failing connector; empty when every partner answers. */
export function offlineParts(connectors: readonly ConnectorSummary[], nowMs: number, options: ClockOptions = {}): OfflinePart[] {
  return connectors
    .filter((connector) => connector.health.state === 'failing')
    .map((connector) => {
      const { failingSince, lastFailure } = connector.health;
      const what = `${connector.name} ${offlineWord(lastFailure?.failureClass ?? null)}`;
      if (failingSince === null) return { id: connector.id, text: what, age: null };
      return {
        id: connector.id,
        text: `${what} since ${formatClock(failingSince, nowMs, options)}`,
        age: `(${formatRelative(failingSince, nowMs)})`,
      };
    });
}
