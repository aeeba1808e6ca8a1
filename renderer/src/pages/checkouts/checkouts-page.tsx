import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { CheckoutFilter, CheckoutRange } from '../../../../shared/contract/checkouts';
import type { DropOffStage } from '../../../../shared/domain/checkout-stage';
import { addDays } from '../../../../shared/domain/utc-day';
import { useClient } from '../../api/client-context';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { EmptyState } from '../../components/empty-state';
import { ExportControls, type ExportFormatChoice } from '../../components/export-controls';
import { Loading } from '../../components/loading';
import { NewerOlder } from '../../components/newer-older';
import { Page } from '../../components/page';
import { plural } from '../../lib/format-count';
import { initialCheckoutFilter } from './checkout-filter-form';
import { CheckoutFilterBar } from './checkout-filter-bar';
import { CheckoutTable } from './checkout-table';
import { checkoutsLinkFromHash } from './checkouts-link';
import { ThresholdForm } from './threshold-form';
import '../../styles/checkouts.css';

// recharts is most of the bundle's weight: the charts load on first use.
const FunnelChart = lazy(async () => ({ default: (await import('./funnel-chart')).FunnelChart }));
const AbandonmentChart = lazy(async () => ({ default: (await import('./abandonment-chart')).AbandonmentChart }));

const PAGE_SIZE = 100;

const RECOVERY_FORMATS: readonly ExportFormatChoice<'csv'>[] = [
  { id: 'csv', label: 'CSV', title: 'Customer, contact, amount, stage and recovery link of every listed checkout, for a follow-up campaign' },
];

function Funnel({ range, onStage }: { range: CheckoutRange; onStage: (stage: DropOffStage) => void }): ReactNode {
  const funnel = useCall('checkouts.funnel', range);
  if (funnel.error) return <CallError error={funnel.error} doing="Loading the funnel" onRetry={() => void funnel.refetch()} />;
  if (!funnel.data) return <Loading what="the funnel" />;
  return <FunnelChart funnel={funnel.data} onStage={onStage} />;
}

function Abandonment({ range }: { range: CheckoutRange }): ReactNode {
  const days = useCall('checkouts.days', range);
  if (days.error) return <CallError error={days.error} doing="Loading abandonment per day" onRetry={() => void days.refetch()} />;
  if (!days.data) return <Loading what="abandonment per day" />;
  return <AbandonmentChart days={days.data} />;
}

function CheckoutList({ filter, offset, onOffset }: { filter: CheckoutFilter; offset: number; onOffset: (offset: number) => void }): ReactNode {
  const page = useCall('checkouts.list', { filter, offset, limit: PAGE_SIZE });
  if (page.error) return <CallError error={page.error} doing="Loading abandoned checkouts" onRetry={() => void page.refetch()} />;
  if (!page.data) return <Loading what="abandoned checkouts" />;
  const { rows, total } = page.data;
  if (total === 0) {
    return (
      <EmptyState>
        <p>No abandoned checkout matches these filters.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="audit-pager">
        <p className="recon-count" role="status" aria-label="Listed checkouts">
          {plural(total, 'abandoned checkout', 'abandoned checkouts')}
          {total > rows.length ? `, ${offset + 1}–${offset + rows.length} shown` : ''}
        </p>
        <NewerOlder offset={offset} shown={rows.length} total={total} pageSize={PAGE_SIZE} onOffset={onOffset} />
      </div>
      <CheckoutTable rows={rows} />
    </>
  );
}

/** The page once the newest day in the cache is known: filters, funnel, rate over time, list. */
function CheckoutsWorkspace({ newestDay }: { newestDay: string }): ReactNode {
  const client = useClient();
  const [filter, setFilter] = useState<CheckoutFilter>(() => initialCheckoutFilter(checkoutsLinkFromHash(window.location.hash), newestDay));
  const [offset, setOffset] = useState(0);
  const apply = (next: CheckoutFilter): void => {
    setFilter(next);
    setOffset(0);
  };
  const to = filter.to ?? newestDay;
  const range: CheckoutRange = { from: filter.from ?? addDays(to, -29), to };
  return (
    <>
      <CheckoutFilterBar filter={filter} onApply={apply} />
      <section className="panel checkout-charts" aria-label="Drop-off">
        <Suspense fallback={<Loading what="the charts" />}>
          <Funnel range={range} onStage={(stage) => apply({ ...filter, stages: [stage] })} />
          <Abandonment range={range} />
        </Suspense>
      </section>
      <div className="recon-toolbar">
        <p className="lead">The recovery list holds every checkout the filters select, not only this page.</p>
        <ExportControls
          subject="the recovery list"
          formats={RECOVERY_FORMATS}
          counted={['checkout', 'checkouts']}
          make={() => client.call('checkouts.exportRecovery', { filter })}
        />
      </div>
      <CheckoutList filter={filter} offset={offset} onOffset={setOffset} />
      <details className="panel">
        <summary>Threshold</summary>
        <ThresholdForm />
      </details>
    </>
  );
}

/**
 * Checkouts customers abandoned and where they dropped off: card entry, the bank's 3-D Secure
 * check, a decline, or paid at the gateway but never completed on the merchant's site.
 */
export function CheckoutsPage(): ReactNode {
  // The newest activity in the cache is "today" for the default period, offline too.
  const newest = useCall('overview.metrics', { days: 7 });
  return (
    <Page title="Checkouts">
      {newest.error ? (
        <CallError error={newest.error} doing="Loading checkouts" onRetry={() => void newest.refetch()} />
      ) : !newest.data ? (
        <Loading what="checkouts" />
      ) : newest.data.asOf === null ? (
        <EmptyState>
          <p>No payments or checkouts yet. Connect the payment gateway and sync: abandoned checkouts and where they dropped off show here.</p>
        </EmptyState>
      ) : (
        <CheckoutsWorkspace newestDay={newest.data.asOf.slice(0, 10)} />
      )}
    </Page>
  );
}
