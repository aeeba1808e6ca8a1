import type { ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CheckoutDay } from '../../../../shared/contract/checkouts';
import { percentText } from './checkout-text';

/** The share of each day's checkouts that were abandoned; a day with none started is a gap. */
export function AbandonmentChart({ days }: { days: readonly CheckoutDay[] }): ReactNode {
  const data = days.map((day) => {
    const abandoned = Object.values(day.abandoned).reduce((sum, count) => sum + count, 0);
    return { day: day.day.slice(5), rate: day.started === 0 ? null : (abandoned / day.started) * 100, abandoned, started: day.started };
  });
  const started = data.reduce((sum, day) => sum + day.started, 0);
  const abandoned = data.reduce((sum, day) => sum + day.abandoned, 0);
  return (
    <figure className="checkout-figure" aria-label="Abandonment rate over time">
      <figcaption>
        {percentText(abandoned, started)} of checkouts abandoned over {days.length} days
        {days.length > 0 ? ` (${days[0]?.day} to ${days.at(-1)?.day})` : ''}.
      </figcaption>
      <div aria-hidden="true" className="checkout-plot">
        <ResponsiveContainer width="100%" height={160}>
          <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#d9dee5" />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 11 }} width={40} unit="%" />
            <Tooltip isAnimationActive={false} formatter={(value) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '–')} />
            <Line type="monotone" dataKey="rate" name="Abandoned" stroke="#d55e00" dot={false} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
