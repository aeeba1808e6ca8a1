import type { MetricDay } from '../../../../shared/contract/overview';
import type { DropOffStage } from '../../../../shared/domain/checkout-stage';

// The overview's daily figures as chart rows. A rate over nothing is null, not 0: recharts draws
// a gap there, so a day without payments never reads as a day when every payment failed.

export interface SuccessPoint {
  day: string;
  /** Succeeded / attempted, 0–1; null on a day without attempts. */
  rate: number | null;
  succeeded: number;
  attempted: number;
}

export type AbandonmentPoint = { day: string; started: number } & Record<DropOffStage, number | null>;

function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function successRates(days: readonly MetricDay[]): SuccessPoint[] {
  return days.map(({ day, payments }) => ({ day, rate: rate(payments.succeeded, payments.attempted), ...payments }));
}

export function abandonmentRates(days: readonly MetricDay[]): AbandonmentPoint[] {
  return days.map(({ day, checkouts }) => {
    const at = (stage: DropOffStage): number | null => rate(checkouts.abandoned[stage], checkouts.started);
    return {
      day,
      started: checkouts.started,
      card_entry: at('card_entry'),
      three_d_secure: at('three_d_secure'),
      declined_then_abandoned: at('declined_then_abandoned'),
      paid_not_committed: at('paid_not_committed'),
    };
  });
}

/** The range's rate: the days' counts added up first, so a quiet day weighs what it holds. */
export function overallRate(days: readonly MetricDay[], part: (day: MetricDay) => number, whole: (day: MetricDay) => number): number | null {
  return rate(
    days.reduce((sum, day) => sum + part(day), 0),
    days.reduce((sum, day) => sum + whole(day), 0),
  );
}

/** "97.8%", or a dash for a rate over nothing. */
export function percentText(value: number | null, locale?: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** "31 Oct 2026": the UTC day the cache's newest activity falls on. */
export function asOfText(asOf: string, locale?: string): string {
  const ms = Date.parse(asOf);
  if (Number.isNaN(ms)) return asOf;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}
