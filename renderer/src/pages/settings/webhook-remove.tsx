import type { ReactNode } from 'react';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { ConfirmRemove } from '../../components/confirm-remove';

/** Removes the endpoint after asking: its address and secret are forgotten; queued events wait for a new one. */
export function WebhookRemove({ onRemoved }: { onRemoved: () => void }): ReactNode {
  const remove = useCallMutation('webhook.remove', { invalidates: ['webhook.get'] });
  return (
    <div className="webhook-remove">
      <ConfirmRemove
        opener="Remove endpoint…"
        question="Remove the webhook endpoint? Its address and signing secret are forgotten. Events already queued are not sent until an endpoint is set again; cancel them on Retransmissions if they should not go out."
        busy={remove.isPending}
        onConfirm={(done) =>
          remove.mutate(
            {},
            {
              onSuccess: () => {
                done();
                onRemoved();
              },
            },
          )
        }
      />
      {remove.error && <CallError error={remove.error} doing="Removing the webhook endpoint" />}
    </div>
  );
}
