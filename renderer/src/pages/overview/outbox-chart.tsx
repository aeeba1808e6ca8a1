import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutboxState } from '../../../../shared/contract/outbox';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { formatCount, plural } from '../../lib/format-count';
import { useNow } from '../../lib/use-now';
import { formatAbsolute } from '../../lib/relative-time';
import { countByState, NEEDS_ATTENTION } from '../retransmissions/outbox-counts';
import { outboxStateHint, outboxStateLabel } from '../retransmissions/outbox-text';
import { formatDue } from '../retransmissions/outbox-time';
import { retransmissionsHref } from '../retransmissions/queue-filter';
import { ChartFigure } from './chart-figure';
import { followHref } from './follow-href';

/** What has not gone through yet; succeeded and cancelled rows are done with. */
const BACKLOG: readonly OutboxState[] = ['pending', 'in_flight', 'failed', 'dead'];

/** Postings and re-sends waiting in the outbox by state, and when the next automatic retry goes out. */
export function OutboxChart(): ReactNode {
  const summary = useCall('outbox.summary', {});
  const now = useNow(30_000);
  if (summary.isPending) return <Loading what="the outbox" />;
  if (summary.error) return <CallError error={summary.error} doing="Loading the outbox" onRetry={() => void summary.refetch()} />;
  const byState = countByState(summary.data.counts);
  const bars = BACKLOG.map((state) => ({ state, label: outboxStateLabel(state), count: byState[state] }));
  const waiting = bars.reduce((sum, bar) => sum + bar.count, 0);
  const attention = NEEDS_ATTENTION.reduce((sum, state) => sum + byState[state], 0);
  const { nextAttemptAt } = summary.data;
  return (
    <ChartFigure
      title="Outbox backlog"
      summary={
        <>
          {waiting === 0
            ? 'Nothing waiting: every posting went through or was withdrawn.'
            : `${plural(waiting, 'posting', 'postings')} not through yet, ${formatCount(attention)} failed or dead.`}{' '}
          {nextAttemptAt === null ? (
            'No automatic retry is scheduled.'
          ) : (
            <>
              Next automatic retry:{' '}
              <time dateTime={nextAttemptAt} title={formatAbsolute(nextAttemptAt)}>
                {formatDue(nextAttemptAt, now)}
              </time>
              .
            </>
          )}
        </>
      }
      plot={
        <BarChart data={bars} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d9dee5" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={56} />
          <Tooltip isAnimationActive={false} />
          <Bar
            dataKey="count"
            name="Postings"
            fill="#0072b2"
            isAnimationActive={false}
            onClick={(_bar, index) => {
              const bar = bars[index];
              if (bar) followHref(retransmissionsHref({ state: bar.state }));
            }}
          />
        </BarChart>
      }
    >
      <ul className="overview-links" aria-label="Outbox backlog by state">
        {bars.map((bar) => (
          <li key={bar.state}>
            <a href={retransmissionsHref({ state: bar.state })} title={outboxStateHint(bar.state, 'any')}>
              {bar.label}
            </a>{' '}
            {formatCount(bar.count)}
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}
