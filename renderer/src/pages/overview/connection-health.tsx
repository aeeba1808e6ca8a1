import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { hrefOf } from '../../routing/pages';
import { kindText, statusText, statusTone } from '../connections/connector-text';

/** Each connection's health right now, beside the failures chart's history. */
export function ConnectionHealth(): ReactNode {
  const connectors = useCall('connectors.list', {});
  return (
    <section aria-labelledby="overview-connections" className="panel overview-figure">
      <h2 id="overview-connections">Connections</h2>
      {connectors.isPending && <Loading what="connections" />}
      {connectors.error && <CallError error={connectors.error} doing="Loading connections" onRetry={() => void connectors.refetch()} />}
      {connectors.data?.length === 0 && <p>No connections are set up yet.</p>}
      {connectors.data !== undefined && connectors.data.length > 0 && (
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
      )}
      <p>
        <a href={hrefOf('connections')}>See details and run a check</a>
      </p>
    </section>
  );
}
