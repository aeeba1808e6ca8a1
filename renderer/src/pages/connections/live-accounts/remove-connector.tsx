import type { ReactNode } from 'react';
import type { ConnectorSummary } from '../../../../../shared/contract/connectors';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { ConfirmRemove } from '../../../components/confirm-remove';
import { removeQuestion } from './live-account-text';

/** Removes a saved live account, after asking: its key leaves the keychain and cannot come back. */
export function RemoveConnector({ connector }: { connector: ConnectorSummary }): ReactNode {
  const remove = useCallMutation('connectors.remove', { invalidates: ['connectors.list'] });
  return (
    <div className="remove-connector">
      <ConfirmRemove
        opener="Remove"
        openerLabel={`Remove ${connector.name}`}
        question={removeQuestion(connector.name)}
        busy={remove.isPending}
        onConfirm={(done) => remove.mutate({ connectorId: connector.id }, { onSuccess: done })}
      />
      <p role="status" className="pending">
        {remove.isPending ? `Removing ${connector.name}…` : ''}
      </p>
      {remove.error && <CallError error={remove.error} doing={`Removing ${connector.name}`} />}
    </div>
  );
}
