import type { ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricDay } from '../../../../shared/contract/overview';
import { formatCount, plural } from '../../lib/format-count';
import { checkoutsHref } from '../checkouts/checkouts-link';
import { dayLabel } from '../connections/failure-counts-text';
import { ChartFigure } from './chart-figure';
import { overallRate, percentText, successRates } from './chart-series';
import { DailyTable } from './daily-table';
import { followHref } from './follow-href';

/** A failed payment most often ends as a checkout declined, then abandoned: that is the list behind a day. */
function declinedOn(from: string, to = from): string {
  return checkoutsHref({ stage: 'declined_then_abandoned', from, to });
}

/** The axis starts at the tenth below the worst day, so a dip from 98% to 93% shows. */
function axisFloor(dataMin: number): number {
  return Math.max(0, Math.floor(dataMin * 10) / 10);
}

function summaryOf(days: readonly MetricDay[]): string {
  const attempted = days.reduce((sum, day) => sum + day.payments.attempted, 0);
  if (attempted === 0) return 'No payment attempts in these days.';
  const rate = overallRate(days, (day) => day.payments.succeeded, (day) => day.payments.attempted);
  const quiet = days.filter((day) => day.payments.attempted === 0).length;
  const gaps = quiet > 0 ? ` ${plural(quiet, 'day', 'days')} without attempts ${quiet === 1 ? 'is a gap' : 'are gaps'}.` : '';
  return `${percentText(rate)} of ${plural(attempted, 'payment attempt', 'payment attempts')} succeeded.${gaps} Choose a day for the checkouts declined, then abandoned on it.`;
}

/** Succeeded / attempted per day; a day without attempts is a gap, not 0%. */
export function SuccessRateChart({ days }: { days: readonly MetricDay[] }): ReactNode {
  const points = successRates(days);
  const first = points[0]?.day;
  const last = points.at(-1)?.day;
  return (
    <ChartFigure
      title="Payment success rate"
      summary={summaryOf(days)}
      plot={
        <LineChart
          data={points}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
          onClick={(state) => {
            if (typeof state.activeLabel === 'string') followHref(declinedOn(state.activeLabel));
          }}
        >
          <CartesianGrid vertical={false} stroke="#d9dee5" />
          <XAxis dataKey="day" tickFormatter={(day: string) => dayLabel(day)} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis domain={[axisFloor, 1]} tickFormatter={(rate: number) => percentText(rate)} tick={{ fontSize: 11 }} width={56} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(day) => (typeof day === 'string' ? dayLabel(day) : day)}
            formatter={(rate) => percentText(typeof rate === 'number' ? rate : null)}
          />
          <Line dataKey="rate" name="Success rate" stroke="#0072b2" strokeWidth={2} dot={{ r: 2 }} activeDot={{ r: 5 }} isAnimationActive={false} />
        </LineChart>
      }
    >
      {first !== undefined && last !== undefined && (
        <p>
          <a href={declinedOn(first, last)}>Checkouts declined, then abandoned in these days</a>
        </p>
      )}
      <DailyTable
        summary="Success rate per day"
        points={points}
        columns={[
          { header: 'Attempted', text: (point) => formatCount(point.attempted) },
          { header: 'Succeeded', text: (point) => formatCount(point.succeeded) },
          { header: 'Success rate', text: (point) => percentText(point.rate), href: (point) => declinedOn(point.day) },
        ]}
      />
    </ChartFigure>
  );
}
