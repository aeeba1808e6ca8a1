import type { ReactNode } from 'react';

export const RANGES = [7, 30, 90] as const;
export type RangeDays = (typeof RANGES)[number];

/** How many days the daily charts show, ending on the newest day in the local copy. */
export function RangeChoice({ days, onDays }: { days: RangeDays; onDays: (days: RangeDays) => void }): ReactNode {
  return (
    <fieldset className="overview-range">
      <legend>Days shown</legend>
      {RANGES.map((range) => (
        <label key={range} className="check">
          <input type="radio" name="overview-range" checked={days === range} onChange={() => onDays(range)} />
          {range} days
        </label>
      ))}
    </fieldset>
  );
}
