import type { ReactNode } from 'react';
import { useCall } from '../api/use-call';
import { CallError } from '../components/call-error';
import { EmptyState } from '../components/empty-state';
import { Loading } from '../components/loading';
import { Page } from '../components/page';
import { hrefOf } from '../routing/pages';
import { kindText, statusText, statusTone } from './connections/connector-text';

function ConnectionHealthSummary(): ReactNode {
  const connectors = useCall('connectors.list', {});
  if (connectors.isPending) return <Loading what="connections" />;
  if (connectors.error) {
    return <CallError error={connectors.error} doing="Loading connections" onRetry={() => void connectors.refetch()} />;
  }
  if (connectors.data.length === 0) return <p>No connections are set up yet.</p>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Connection</th>
          <th scope="col">Kind</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {connectors.data.map((connector) => (
          <tr key={connector.id}>
            <th scope="row">{connector.name}</th>
            <td>{kindText(connector.kind)}</td>
            <td className={`tone-${statusTone(connector.health)}`}>{statusText(connector.health)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverviewPage(): ReactNode {
  return (
    <Page title="Overview">
      <EmptyState>
        <p>
          What needs attention today: mismatches, abandoned checkouts and stuck retransmissions, with the money at
          stake in each currency. Fills in as reconciliation, checkout tracking and the outbox arrive.
        </p>
      </EmptyState>
      <section aria-labelledby="overview-connections" className="panel">
        <h2 id="overview-connections">Connections</h2>
        <ConnectionHealthSummary />
        <p>
          <a href={hrefOf('connections')}>See details and run a check</a>
        </p>
      </section>
    </Page>
  );
}
