import type { FailureCountsDay } from '../../../../shared/contract/diagnosis';
import type { FailureClass } from '../../../../shared/domain/failure-class';
import { plural } from '../../lib/format-count';
import { failureClassText } from './connector-text';

export const FAILURE_CLASSES: readonly FailureClass[] = ['connection', 'system', 'integration'];

export type FailureTotals = Record<FailureClass, number> & { total: number };

export function failureTotals(days: readonly FailureCountsDay[]): FailureTotals {
  const totals: FailureTotals = { connection: 0, system: 0, integration: 0, total: 0 };
  for (const day of days) {
    for (const failureClass of FAILURE_CLASSES) {
      totals[failureClass] += day[failureClass];
      totals.total += day[failureClass];
    }
  }
  return totals;
}

/**
 * The chart in one sentence, for everyone who cannot see it and as its caption:
 * "9 failed requests in the last 14 days: 6 connection, 3 system."
 */
export function failureSummary(days: readonly FailureCountsDay[], periodDays: number): string {
  const totals = failureTotals(days);
  const period = `in the last ${plural(periodDays, 'day', 'days')}`;
  if (totals.total === 0) return `No failed requests ${period}.`;
  const parts = FAILURE_CLASSES.filter((failureClass) => totals[failureClass] > 0).map(
    (failureClass) => `${totals[failureClass]} ${failureClassText(failureClass).toLowerCase()}`,
  );
  return `${plural(totals.total, 'failed request', 'failed requests')} ${period}: ${parts.join(', ')}.`;
}

/** "3 Mar" for an ISO calendar day. Read as UTC so the day never shifts with the time zone. */
export function dayLabel(isoDate: string, locale?: string): string {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) return isoDate;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(ms);
}
