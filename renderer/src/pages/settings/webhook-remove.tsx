import { useId, useRef, useState, type ReactNode } from 'react';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';

/** Removes the endpoint after asking: its address and secret are forgotten; queued events wait for a new one. */
export function WebhookRemove({ onRemoved }: { onRemoved: () => void }): ReactNode {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const remove = useCallMutation('webhook.remove', { invalidates: ['webhook.get'] });

  // Focus goes back where it came from, so a keyboard user is not dropped at the top of the page.
  const keep = (): void => {
    setConfirming(false);
    openerRef.current?.focus();
  };

  return (
    <div className="webhook-remove">
      <button
        ref={openerRef}
        type="button"
        className="button button-danger"
        aria-expanded={confirming}
        disabled={remove.isPending}
        onClick={() => setConfirming(!confirming)}
      >
        Remove endpoint…
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
          <p id={questionId}>
            Remove the webhook endpoint? Its address and signing secret are forgotten. Events already queued are not sent
            until an endpoint is set again; cancel them on Retransmissions if they should not go out.
          </p>
          <div className="card-actions">
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  {},
                  {
                    onSuccess: () => {
                      setConfirming(false);
                      onRemoved();
                    },
                  },
                )
              }
            >
              Remove
            </button>
            {/* The safe answer takes focus, so a stray Enter keeps the endpoint. */}
            <button type="button" className="button" autoFocus disabled={remove.isPending} onClick={keep}>
              Keep
            </button>
          </div>
        </div>
      )}
      {remove.error && <CallError error={remove.error} doing="Removing the webhook endpoint" />}
    </div>
  );
}
