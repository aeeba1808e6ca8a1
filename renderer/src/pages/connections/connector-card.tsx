import type { ReactNode } from 'react';
import type { ConnectorSummary } from '../../../../shared/contract/connectors';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { kindText, latencyText, modeText, statusText, statusTone } from './connector-text';
import { LastFailure } from './last-failure';
import { TimeAgo } from './time-ago';

interface ConnectorCardProps {
  connector: ConnectorSummary;
  now: number;
}

export function ConnectorCard({ connector, now }: ConnectorCardProps): ReactNode {
  const check = useCallMutation('connectors.check', { invalidates: ['connectors.list'] });
  const { health } = connector;
  return (
    <section aria-label={connector.name} className="card connector-card">
      <header className="card-header">
        <h2>{connector.name}</h2>
        <span className={`badge badge-${connector.mode}`}>{modeText(connector.mode)}</span>
      </header>
      <p className={`connector-status tone-${statusTone(health)}`}>{statusText(health)}</p>
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
      </dl>
      {health.lastFailure && (
        <LastFailure failure={health.lastFailure} current={health.state === 'failing'} now={now} />
      )}
      <div className="card-actions">
        <button
          type="button"
          className="button"
          disabled={check.isPending}
          aria-busy={check.isPending}
          onClick={() => check.mutate({ connectorId: connector.id })}
        >
          Check now
        </button>
        {check.isPending && (
          <span role="status" className="pending">
            Checking…
          </span>
        )}
      </div>
      {check.error && <CallError error={check.error} doing="Checking the connection" />}
    </section>
  );
}
