import type { ReactNode } from 'react';
import {
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LegendPayload,
} from 'recharts';
import type { ConnectorId } from '../../../../shared/contract/connectors';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { failureClassText } from './connector-text';
import { dayLabel, FAILURE_CLASSES, failureSummary, failureTotals } from './failure-counts-text';
import { failureBars } from './failure-bars';

const DAYS = 14;

/** Legend entries in stacking order (recharts sorts alphabetically by default). */
function legendOrder(item: LegendPayload): number {
  return FAILURE_CLASSES.findIndex((failureClass) => failureClassText(failureClass) === item.value);
}

/** Failures by class per day over the last two weeks: is this new, or has it been going on? */
export function FailureChart({ connectorId }: { connectorId: ConnectorId }): ReactNode {
  const counts = useCall('connectors.failureCounts', { connectorId, days: DAYS });
  if (counts.isPending) return <Loading what="failure counts" />;
  if (counts.error) {
    return <CallError error={counts.error} doing="Loading failure counts" onRetry={() => void counts.refetch()} />;
  }
  const summary = failureSummary(counts.data, DAYS);
  if (failureTotals(counts.data).total === 0) return <p className="failure-summary">{summary}</p>;
  const data = counts.data.map((day) => ({ ...day, label: dayLabel(day.day) }));
  return (
    <figure className="failure-chart">
      <figcaption className="failure-summary">{summary}</figcaption>
      {/* The sentence above carries the numbers for screen readers; the drawing is for the eye. */}
      <div aria-hidden="true" className="failure-chart-plot">
        <ResponsiveContainer width="100%" height={130}>
          <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="#d9dee5" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
            <Tooltip isAnimationActive={false} />
            <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} itemSorter={legendOrder} />
            {failureBars()}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="failure-numbers">
        <summary>Failures per day</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {FAILURE_CLASSES.map((failureClass) => (
                <th key={failureClass} scope="col">
                  {failureClassText(failureClass)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.label}</th>
                {FAILURE_CLASSES.map((failureClass) => (
                  <td key={failureClass}>{day[failureClass]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
