import { useState, type ReactNode } from 'react';
import type { WebhookEndpoint } from '../../../../shared/contract/outbox';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import '../../styles/connections.css';
import '../../styles/retransmissions.css';
import { readinessText, secretKeptText } from './webhook-fields';
import { WebhookForm } from './webhook-form';
import { WebhookRemove } from './webhook-remove';

function EndpointFacts({ endpoint }: { endpoint: WebhookEndpoint }): ReactNode {
  return (
    <dl className="facts">
      <dt>Address</dt>
      <dd className="mono">{endpoint.url}</dd>
      <dt>Signing secret</dt>
      <dd>{secretKeptText(endpoint)}</dd>
      <dt>Status</dt>
      <dd className={endpoint.ready ? undefined : 'outbox-warning'}>{readinessText(endpoint)}</dd>
    </dl>
  );
}

/** The merchant's webhook endpoint, which re-sent gateway events go to: what it is for, where it stands, and how to change it. */
export function WebhookPanel(): ReactNode {
  const endpoint = useCall('webhook.get', {});
  const [notice, setNotice] = useState('');
  const current = endpoint.data;
  return (
    <section aria-labelledby="webhook-heading" className="panel">
      <h2 id="webhook-heading">Webhook endpoint</h2>
      <p className="lead">
        Where Paydesk re-sends gateway events the merchant’s own system missed: above all “payment succeeded”, when a
        customer paid but closed the payment pop-up before the shop heard of it. Each event is signed as the gateway signs
        it (a Stripe-Signature made with the endpoint’s signing secret), so the endpoint’s existing verification accepts
        it, and it recognises an event it already has by its id.
      </p>
      {endpoint.isPending && <Loading what="the webhook endpoint" />}
      {endpoint.error && <CallError error={endpoint.error} doing="Loading the webhook endpoint" onRetry={() => void endpoint.refetch()} />}
      {current === null && <p>No endpoint is set: events cannot be re-sent until one is.</p>}
      {current && <EndpointFacts endpoint={current} />}
      <p role="status" className="pending">
        {notice}
      </p>
      {current !== undefined && (
        <WebhookForm
          // A fresh form per saved endpoint, so it starts from that address.
          key={current === null ? 'none' : current.url}
          current={current}
          onSaved={(saved) => setNotice(`Saved: events are re-sent to ${saved.url}.`)}
        />
      )}
      {current && <WebhookRemove onRemoved={() => setNotice('Removed the webhook endpoint.')} />}
    </section>
  );
}
