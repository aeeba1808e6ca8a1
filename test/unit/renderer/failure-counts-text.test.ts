import { describe, expect, it } from 'vitest';
import type { FailureCountsDay } from '../../../shared/contract/diagnosis';
import { dayLabel, failureSummary, failureTotals } from '../../../renderer/src/pages/connections/failure-counts-text';

const day = (date: string, connection = 0, system = 0, integration = 0): FailureCountsDay => ({ day: date, connection, system, integration });

describe('failure counts', () => {
  it('adds up each class and the whole', () => {
    expect(failureTotals([day('2025-03-01', 2, 1), day('2025-03-02', 4, 0, 3)])).toEqual({
      connection: 6,
      system: 1,
      integration: 3,
      total: 10,
    });
  });

  it('says the chart in one sentence, naming only the classes that occurred', () => {
    expect(failureSummary([day('2025-03-01'), day('2025-03-02')], 14)).toBe('No failed requests in the last 14 days.');
    expect(failureSummary([day('2025-03-01', 6), day('2025-03-02', 0, 3)], 14)).toBe(
      '9 failed requests in the last 14 days: 6 connection, 3 system.',
    );
    expect(failureSummary([day('2025-03-01', 0, 0, 1)], 1)).toBe('1 failed request in the last 1 day: 1 integration.');
  });

  it('labels a day by its calendar date, whatever the time zone', () => {
    expect(dayLabel('2025-03-01', 'en-GB')).toBe('1 Mar');
    expect(dayLabel('not a day')).toBe('not a day');
  });
});
