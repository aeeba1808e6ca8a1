import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricDay } from '../../../../shared/contract/overview';
import { DROP_OFF_STAGES, STAGE_LABELS, type DropOffStage } from '../../../../shared/domain/checkout-stage';
import { formatCount, plural } from '../../lib/format-count';
import { checkoutsHref } from '../checkouts/checkouts-link';
import { dayLabel } from '../connections/failure-counts-text';
import { ChartFigure } from './chart-figure';
import { abandonmentRates, overallRate, percentText } from './chart-series';
import { DailyTable } from './daily-table';
import { followHref } from './follow-href';

// Okabe–Ito colours, told apart with the common colour blindnesses; the legend and the links name them too.
const COLOURS: Readonly<Record<DropOffStage, string>> = {
  card_entry: '#e69f00',
  three_d_secure: '#56b4e9',
  declined_then_abandoned: '#d55e00',
  paid_not_committed: '#cc79a7',
};

function abandonedOf(day: MetricDay): number {
  return DROP_OFF_STAGES.reduce((sum, stage) => sum + day.checkouts.abandoned[stage], 0);
}

function summaryOf(days: readonly MetricDay[]): string {
  const started = days.reduce((sum, day) => sum + day.checkouts.started, 0);
  if (started === 0) return 'No checkouts started in these days.';
  const rate = overallRate(days, abandonedOf, (day) => day.checkouts.started);
  return `${percentText(rate)} of ${plural(started, 'checkout', 'checkouts')} started were abandoned. Choose a stage on a day for the checkouts that dropped off there.`;
}

/** Abandoned at each stage / started, per day, stacked; a day without checkouts is a gap. */
export function AbandonmentChart({ days }: { days: readonly MetricDay[] }): ReactNode {
  const points = abandonmentRates(days);
  const from = points[0]?.day;
  const to = points.at(-1)?.day;
  const onDay = (stage: DropOffStage, day: string): string => checkoutsHref({ stage, from: day, to: day });
  return (
    <ChartFigure
      title="Abandoned checkouts by stage"
      summary={summaryOf(days)}
      plot={
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d9dee5" />
          <XAxis dataKey="day" tickFormatter={(day: string) => dayLabel(day)} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={(rate: number) => percentText(rate)} tick={{ fontSize: 11 }} width={56} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(day) => (typeof day === 'string' ? dayLabel(day) : day)}
            formatter={(rate) => percentText(typeof rate === 'number' ? rate : null)}
          />
          <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {DROP_OFF_STAGES.map((stage) => (
            <Bar
              key={stage}
              dataKey={stage}
              name={STAGE_LABELS[stage]}
              stackId="abandoned"
              fill={COLOURS[stage]}
              isAnimationActive={false}
              onClick={(_bar, index) => {
                const point = points[index];
                if (point) followHref(onDay(stage, point.day));
              }}
            />
          ))}
        </BarChart>
      }
    >
      {from !== undefined && to !== undefined && (
        <ul className="overview-links" aria-label="Abandoned checkouts by stage, in these days">
          {DROP_OFF_STAGES.map((stage) => (
            <li key={stage}>
              <svg className="overview-swatch" width="10" height="10" aria-hidden="true">
                <rect width="10" height="10" fill={COLOURS[stage]} />
              </svg>{' '}
              <a href={checkoutsHref({ stage, from, to })}>{STAGE_LABELS[stage]}</a>{' '}
              {percentText(overallRate(days, (day) => day.checkouts.abandoned[stage], (day) => day.checkouts.started))}
            </li>
          ))}
        </ul>
      )}
      <DailyTable
        summary="Abandoned share per day and stage"
        points={points}
        columns={[
          { header: 'Started', text: (point) => formatCount(point.started) },
          ...DROP_OFF_STAGES.map((stage) => ({
            header: STAGE_LABELS[stage],
            text: (point: (typeof points)[number]) => percentText(point[stage]),
            href: (point: (typeof points)[number]) => onDay(stage, point.day),
          })),
        ]}
      />
    </ChartFigure>
  );
}
