import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { OutboxRow } from '../../../../../shared/contract/outbox';
import type { ReconItem } from '../../../../../shared/contract/reconcile';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { ActionForm, NoteField, noteOrNothing } from './action-form';
import { plural } from '../../../lib/format-count';
import { EndpointProblem } from '../../retransmissions/endpoint-problem';
import { postingUnderWay } from '../../retransmissions/posting-status';
import { endpointProblem } from '../../retransmissions/webhook-readiness';
import { useOutboxMutation } from '../../retransmissions/use-outbox-mutation';

interface ResendFormProps {
  payments: number;
  url: string;
  busy: boolean;
  onSubmit: (reason: string | undefined) => void;
  onCancel: () => void;
}

function ResendForm({ payments, url, busy, onSubmit, onCancel }: ResendFormProps): ReactNode {
  const first = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  useEffect(() => first.current?.focus(), []);
  return (
    <ActionForm label="Re-send payment event" submitLabel="Re-send payment event" busy={busy} onSubmit={() => onSubmit(noteOrNothing(note))} onCancel={onCancel}>
      <p>
        The gateway’s “payment succeeded” event of {plural(payments, 'payment', 'payments')} is fetched from the gateway and
        posted to <span className="mono">{url}</span>, signed as the gateway signs it, so the merchant’s system can complete
        the order. It recognises an event it already has by its id.
      </p>
      <NoteField value={note} onChange={setNote} hint="Goes into the audit trail with the re-send." inputRef={first} />
    </ActionForm>
  );
}

/**
 * Queues the gateway's "payment succeeded" event of the item's payments for the merchant's
 * webhook endpoint: the fix when the customer paid but the merchant's site never heard of it.
 * Without an endpoint the button says why and links to Settings.
 */
export function ResendEvent({ item, events }: { item: ReconItem; events: readonly OutboxRow[] }): ReactNode {
  const problemId = useId();
  const endpoint = useCall('webhook.get', {});
  const resend = useOutboxMutation('outbox.resendEvents');
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const underWay = postingUnderWay(events);
  const known = endpoint.data;
  const problem = known === undefined ? null : endpointProblem(known);
  const submit = (reason: string | undefined): void => {
    setNotice(null);
    resend.mutate(reason === undefined ? { key: item.key } : { key: item.key, reason }, {
      onSuccess: (outcome) => {
        setFormOpen(false);
        setNotice(`Queued ${plural(outcome.queued.length, 'event', 'events')} for the webhook endpoint.`);
      },
    });
  };
  const disabledWhy =
    known === undefined
      ? 'Loading the webhook endpoint'
      : known === null
        ? 'No webhook endpoint is set: see below'
        : underWay
          ? 'An event is on its way: see where it stands below'
          : null;
  return (
    <div className="recon-outbox-action">
      {formOpen && known ? (
        <ResendForm payments={item.paymentIds.length} url={known.url} busy={resend.isPending} onSubmit={submit} onCancel={() => setFormOpen(false)} />
      ) : (
        <button
          type="button"
          className="button"
          disabled={disabledWhy !== null}
          aria-describedby={problem === null ? undefined : problemId}
          title={disabledWhy ?? 'Send the gateway’s payment-succeeded event to the merchant’s webhook endpoint again'}
          onClick={() => {
            resend.reset();
            setFormOpen(true);
          }}
        >
          Re-send payment event…
        </button>
      )}
      {known !== undefined && <EndpointProblem id={problemId} endpoint={known} />}
      {endpoint.error && <CallError error={endpoint.error} doing="Loading the webhook endpoint" onRetry={() => void endpoint.refetch()} />}
      <p role="status" className="outbox-notice">
        {notice ?? ''}
      </p>
      {resend.error && <CallError error={resend.error} doing="Re-sending the payment event" />}
    </div>
  );
}
