import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricDay } from '../../../../shared/contract/overview';
import { formatCount } from '../../lib/format-count';
import { hrefOf } from '../../routing/pages';
import { failureClassText } from '../connections/connector-text';
import { dayLabel, FAILURE_CLASSES, failureSummary } from '../connections/failure-counts-text';
import { ChartFigure } from './chart-figure';
import { DailyTable } from './daily-table';
import { followHref } from './follow-href';
import { failureBars } from '../connections/failure-bars';

// The Connections page's colours for the same classes.
/** Failed requests to the partners per day, by class: is a connector unwell, and since when? */
export function FailuresChart({ days }: { days: readonly MetricDay[] }): ReactNode {
  const points = days.map((day) => ({ day: day.day, ...day.failures }));
  const connections = hrefOf('connections');
  return (
    <ChartFigure
      title="Connector failures by class"
      summary={failureSummary(points, days.length)}
      plot={
        <BarChart
          data={points}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
          onClick={() => followHref(connections)}
        >
          <CartesianGrid vertical={false} stroke="#d9dee5" />
          <XAxis dataKey="day" tickFormatter={(day: string) => dayLabel(day)} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={56} />
          <Tooltip isAnimationActive={false} labelFormatter={(day) => (typeof day === 'string' ? dayLabel(day) : day)} />
          <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {failureBars()}
        </BarChart>
      }
    >
      <p>
        <a href={connections}>Connections: their health, last failures and a connection test</a>
      </p>
      <DailyTable
        summary="Failures per day"
        points={points}
        columns={FAILURE_CLASSES.map((failureClass) => ({
          header: failureClassText(failureClass),
          text: (point: (typeof points)[number]) => formatCount(point[failureClass]),
        }))}
      />
    </ChartFigure>
  );
}
