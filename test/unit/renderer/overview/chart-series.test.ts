import { describe, expect, it } from 'vitest';
import type { MetricDay } from '../../../../shared/contract/overview';
import {
  abandonmentRates,
  asOfText,
  overallRate,
  percentText,
  successRates,
} from '../../../../renderer/src/pages/overview/chart-series';

function day(date: string, succeeded: number, attempted: number, started = 0, cardEntry = 0): MetricDay {
  return {
    day: date,
    payments: { succeeded, attempted },
    checkouts: { started, abandoned: { card_entry: cardEntry, three_d_secure: 0, declined_then_abandoned: 0, paid_not_committed: 0 } },
    failures: { connection: 0, system: 0, integration: 0 },
    newExceptions: 0,
  };
}

describe('overview chart series', () => {
  it('gives each day its success rate, and a day without attempts a gap rather than 0%', () => {
    expect(successRates([day('2026-10-30', 3, 4), day('2026-10-31', 0, 0)])).toEqual([
      { day: '2026-10-30', rate: 0.75, succeeded: 3, attempted: 4 },
      { day: '2026-10-31', rate: null, succeeded: 0, attempted: 0 },
    ]);
  });

  it('gives each stage its share of the checkouts started that day, a gap on a day without any', () => {
    const [busy, quiet] = abandonmentRates([day('2026-10-30', 0, 0, 40, 10), day('2026-10-31', 0, 0)]);
    expect(busy).toEqual({ day: '2026-10-30', started: 40, card_entry: 0.25, three_d_secure: 0, declined_then_abandoned: 0, paid_not_committed: 0 });
    expect(quiet?.card_entry).toBeNull();
  });

  it('weighs each day by what it holds in the range rate', () => {
    const days = [day('2026-10-30', 1, 1), day('2026-10-31', 0, 3)];
    expect(overallRate(days, (d) => d.payments.succeeded, (d) => d.payments.attempted)).toBe(0.25);
    expect(overallRate([], (d) => d.payments.succeeded, (d) => d.payments.attempted)).toBeNull();
  });

  it('says a rate as a percentage and a rate over nothing as a dash', () => {
    expect(percentText(0.97812, 'en-GB')).toBe('97.8%');
    expect(percentText(0, 'en-GB')).toBe('0.0%');
    expect(percentText(null)).toBe('—');
  });

  it('dates "as of" by the UTC day of the newest activity', () => {
    expect(asOfText('2026-10-31T22:57:30.000Z', 'en-GB')).toBe('31 Oct 2026');
    expect(asOfText('not a time')).toBe('not a time');
  });
});
