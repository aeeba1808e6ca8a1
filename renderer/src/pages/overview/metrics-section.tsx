import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { EmptyState } from '../../components/empty-state';
import { Loading } from '../../components/loading';
import { hrefOf } from '../../routing/pages';
import { asOfText } from './chart-series';
import { ConnectionHealth } from './connection-health';
import { RangeChoice, type RangeDays } from './range-choice';

// recharts is most of the bundle's weight: the charts load once there is something to draw.
const OverviewCharts = lazy(async () => ({ default: (await import('./overview-charts')).OverviewCharts }));

/** The charts over a chosen range, up to the newest day in the local copy, or why there are none yet. */
export function MetricsSection(): ReactNode {
  const [days, setDays] = useState<RangeDays>(30);
  const metrics = useCall('overview.metrics', { days });
  const asOf = metrics.data?.asOf ?? null;
  return (
    <>
      <div className="overview-toolbar">
        <RangeChoice days={days} onDays={setDays} />
        {asOf !== null && (
          <p className="overview-as-of">
            As of <time dateTime={asOf}>{asOfText(asOf)}</time>: the newest payment or checkout in the local copy. Later
            days show after the next sync brings them.
          </p>
        )}
      </div>
      {metrics.error && <CallError error={metrics.error} doing="Loading the charts" onRetry={() => void metrics.refetch()} />}
      {metrics.isPending && <Loading what="the charts" />}
      {metrics.data && asOf === null && (
        <EmptyState>
          <p>
            Nothing to chart yet: the local copy holds no payments or checkouts. Connect your payment gateway and billing
            system on <a href={hrefOf('connections')}>Connections</a>, or sync them there, and the charts fill in.
          </p>
        </EmptyState>
      )}
      <div className="overview-grid">
        {metrics.data && asOf !== null && (
          <Suspense fallback={<Loading what="the charts" />}>
            <OverviewCharts days={metrics.data.days} />
          </Suspense>
        )}
        <ConnectionHealth />
      </div>
    </>
  );
}
