import type { ReactNode } from 'react';
import { ItemState, type ItemFilter, type ReconRun } from '../../../../../shared/contract/reconcile';
import { RECONCILIATION_CLASSES } from '../../../../../shared/domain/reconciliation-class';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { EmptyState } from '../../../components/empty-state';
import { Loading } from '../../../components/loading';
import { hrefOf } from '../../../routing/pages';
import { isFilterEmpty } from '../filters/filter-form';

/** Every item in every class and state: none at all means there is no data to reconcile. */
const EVERYTHING: ItemFilter = { classes: [...RECONCILIATION_CLASSES], states: [...ItemState.options] };

interface EmptyListProps {
  filter: ItemFilter;
  /** Null while reconciliation has never finished a run. */
  lastRun: ReconRun | null | undefined;
  onClearFilter: () => void;
}

/** Why the list is empty, honestly: no data yet, not reconciled yet, or nothing matches. */
export function EmptyList({ filter, lastRun, onClearFilter }: EmptyListProps): ReactNode {
  const everything = useCall('recon.summary', { filter: EVERYTHING });
  if (everything.isPending) return <Loading what="exceptions" />;
  if (everything.error) {
    return <CallError error={everything.error} doing="Loading the totals" onRetry={() => void everything.refetch()} />;
  }
  if (everything.data.totals.length === 0) {
    return (
      <EmptyState>
        <p>
          Nothing to reconcile yet: no payments or invoices have been synced or imported. Sync the gateway and billing
          system, or import their files, on <a href={hrefOf('connections')}>Connections</a>; every disagreement then shows
          here.
        </p>
      </EmptyState>
    );
  }
  if (lastRun === null) {
    return (
      <EmptyState>
        <p>Payments and invoices are here but have not been reconciled yet. Re-run above to reconcile them now.</p>
      </EmptyState>
    );
  }
  if (!isFilterEmpty(filter)) {
    return (
      <EmptyState>
        <p>No exceptions match this filter.</p>
        <button type="button" className="button" onClick={onClearFilter}>
          Clear filters
        </button>
      </EmptyState>
    );
  }
  return (
    <EmptyState>
      <p>No open exceptions: gateway and billing agree on everything reconciled.</p>
    </EmptyState>
  );
}
