import { useId, useRef, useState, type ReactNode } from 'react';
import type { ConnectorSummary } from '../../../../../shared/contract/connectors';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { removeQuestion } from './live-account-text';

/** Removes a saved live account, after asking: its key leaves the keychain and cannot come back. */
export function RemoveConnector({ connector }: { connector: ConnectorSummary }): ReactNode {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const remove = useCallMutation('connectors.remove', { invalidates: ['connectors.list'] });

  // Focus goes back where it came from, so a keyboard user is not dropped at the top of the page.
  const keep = (): void => {
    setConfirming(false);
    openerRef.current?.focus();
  };

  return (
    <div className="remove-connector">
      <button
        ref={openerRef}
        type="button"
        className="button button-danger"
        aria-label={`Remove ${connector.name}`}
        aria-expanded={confirming}
        disabled={remove.isPending}
        onClick={() => setConfirming(!confirming)}
      >
        Remove
      </button>
      {confirming && (
        <div
          role="group"
          aria-labelledby={questionId}
          className="confirm-remove"
          onKeyDown={(event) => {
            if (event.key === 'Escape') keep();
          }}
        >
          <p id={questionId}>{removeQuestion(connector.name)}</p>
          <div className="card-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ connectorId: connector.id }, { onSuccess: () => setConfirming(false) })}
            >
              Remove
            </button>
            {/* The safe answer takes focus, so a stray Enter keeps the account. */}
            <button type="button" className="button" autoFocus disabled={remove.isPending} onClick={keep}>
              Keep
            </button>
          </div>
        </div>
      )}
      <p role="status" className="pending">
        {remove.isPending ? `Removing ${connector.name}…` : ''}
      </p>
      {remove.error && <CallError error={remove.error} doing={`Removing ${connector.name}`} />}
    </div>
  );
}
