import { lazy, Suspense, type ReactNode } from 'react';
import type { ConnectorSummary } from '../../../../shared/contract/connectors';
import { Loading } from '../../components/loading';
import { formatSince } from '../../lib/relative-time';
import { ConnectorActions } from './connector-actions';
import { kindText, latencyText, modeText, statusText, statusTone } from './connector-text';
import { LastFailure } from './last-failure';
import { RemoveConnector } from './live-accounts/remove-connector';
import { TimeAgo } from './time-ago';

// recharts is most of the bundle's weight and only this card needs it: load it on first use.
const FailureChart = lazy(async () => ({ default: (await import('./failure-chart')).FailureChart }));

interface ConnectorCardProps {
  connector: ConnectorSummary;
  now: number;
  /** Whether this is a live account saved in the keychain, which the user may take away again. */
  removable: boolean;
}

export function ConnectorCard({ connector, now, removable }: ConnectorCardProps): ReactNode {
  const { health } = connector;
  const failing = health.state === 'failing';
  return (
    <section aria-label={connector.name} className="card connector-card">
      <header className="card-header">
        <h2>{connector.name}</h2>
        <span className={`badge badge-${connector.mode}`}>{modeText(connector.mode)}</span>
      </header>
      <p className={`connector-status tone-${statusTone(health)}`}>{statusText(health)}</p>
      {failing && health.failingSince !== null && (
        <p className="offline-since">Offline since {formatSince(health.failingSince, now)}</p>
      )}
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{kindText(connector.kind)}</dd>
        <dt>Base URL</dt>
        <dd className="mono">{connector.baseUrl}</dd>
        <dt>Latency</dt>
        <dd>{latencyText(health.latencyMs)}</dd>
        <dt>Last checked</dt>
        <dd>{health.checkedAt === null ? 'Never' : <TimeAgo at={health.checkedAt} now={now} />}</dd>
        <dt>Last success</dt>
        <dd>{health.lastSuccessAt === null ? 'Never' : <TimeAgo at={health.lastSuccessAt} now={now} />}</dd>
        <dt>Local copy</dt>
        <dd>
          {connector.dataAsOf === null ? (
            'Never synced'
          ) : (
            <>
              Data as of <TimeAgo at={connector.dataAsOf} now={now} />
            </>
          )}
        </dd>
      </dl>
      {health.lastFailure && <LastFailure failure={health.lastFailure} current={failing} now={now} />}
      <div className="failures-by-class">
        <h3>Failures by class</h3>
        <Suspense fallback={<Loading what="the failure chart" />}>
          <FailureChart connectorId={connector.id} />
        </Suspense>
      </div>
      <ConnectorActions connector={connector} />
      {removable && <RemoveConnector connector={connector} />}
    </section>
  );
}
