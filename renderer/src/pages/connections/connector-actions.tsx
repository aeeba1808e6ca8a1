import type { ReactNode } from 'react';
import type { ConnectorSummary } from '../../../../shared/contract/connectors';
import { useCallMutation } from '../../api/use-call';
import { useJobMutation } from '../../api/use-jobs';
import { CallError } from '../../components/call-error';
import { DiagnosisView } from './diagnosis-view';

/** Check, sync and test one connector. Each runs on its own; none blocks the others or the page. */
export function ConnectorActions({ connector }: { connector: ConnectorSummary }): ReactNode {
  const check = useCallMutation('connectors.check', { invalidates: ['connectors.list'] });
  const sync = useJobMutation('sync.start');
  // The test refreshes the health it found on the way.
  const diagnose = useCallMutation('connectors.diagnose', { invalidates: ['connectors.list'] });
  const busy = [check.isPending && 'Checking…', sync.isPending && 'Starting the sync…', diagnose.isPending && 'Testing the connection…'];
  const pending = busy.filter((text): text is string => typeof text === 'string').join(' ');
  return (
    <>
      <div className="card-actions">
        <button
          type="button"
          className="button"
          disabled={sync.isPending}
          onClick={() => sync.mutate({ connectorIds: [connector.id] })}
        >
          Sync now
        </button>
        <button
          type="button"
          className="button"
          disabled={diagnose.isPending}
          onClick={() => diagnose.mutate({ connectorId: connector.id })}
        >
          Test connection
        </button>
        <button
          type="button"
          className="button"
          disabled={check.isPending}
          onClick={() => check.mutate({ connectorId: connector.id })}
        >
          Check now
        </button>
      </div>
      <p role="status" className="pending">
        {pending !== '' ? pending : sync.isSuccess ? 'Sync started: its progress is under Running and recent.' : ''}
      </p>
      {check.error && <CallError error={check.error} doing="Checking the connection" />}
      {sync.error && <CallError error={sync.error} doing={`Starting the sync of ${connector.name}`} />}
      {diagnose.error && <CallError error={diagnose.error} doing="Testing the connection" />}
      {diagnose.data && !diagnose.isPending && <DiagnosisView diagnosis={diagnose.data} connectorName={connector.name} />}
    </>
  );
}
