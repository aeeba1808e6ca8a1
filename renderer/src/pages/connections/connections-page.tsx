import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { useJobMutation } from '../../api/use-jobs';
import { CallError } from '../../components/call-error';
import { EmptyState } from '../../components/empty-state';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useNow } from '../../lib/use-now';
import { ConnectorCard } from './connector-card';
import { ImportPanel } from './import/import-panel';
import { JobsPanel } from './jobs/jobs-panel';
import { LiveAccountsPanel } from './live-accounts/live-accounts-panel';

function SyncAll(): ReactNode {
  const sync = useJobMutation('sync.start');
  return (
    <div className="page-actions">
      <button type="button" className="button button-primary" disabled={sync.isPending} onClick={() => sync.mutate({})}>
        Sync all
      </button>
      <span role="status" className="pending">
        {sync.isPending ? 'Starting the sync…' : ''}
      </span>
      {sync.error && <CallError error={sync.error} doing="Starting the sync" />}
    </div>
  );
}

export function ConnectionsPage(): ReactNode {
  const connectors = useCall('connectors.list', {});
  const info = useCall('app.info', {});
  // Live accounts given at start (no keychain) are not saved, so there is nothing to remove.
  const keychain = info.data?.secretStorage === 'os_keychain';
  const now = useNow();
  return (
    <Page title="Connections">
      <p className="lead">
        The payment gateway and billing system Paydesk talks to, whether they answer, and how fresh the local copy of
        their data is.
      </p>
      <SyncAll />
      {connectors.isPending && <Loading what="connections" />}
      {connectors.error && (
        <CallError error={connectors.error} doing="Loading connections" onRetry={() => void connectors.refetch()} />
      )}
      {connectors.data?.length === 0 && (
        <EmptyState>
          <p>No connections are set up yet. Once a gateway or billing system is added, its health shows here.</p>
        </EmptyState>
      )}
      {connectors.data && connectors.data.length > 0 && (
        <div className="card-grid">
          {connectors.data.map((connector) => (
            <ConnectorCard
              key={connector.id}
              connector={connector}
              now={now}
              removable={keychain && connector.mode === 'live'}
            />
          ))}
        </div>
      )}
      <LiveAccountsPanel />
      <JobsPanel now={now} />
      <ImportPanel now={now} />
    </Page>
  );
}
