import type { ReactNode } from 'react';
import type { WebhookEndpoint } from '../../../../shared/contract/outbox';
import { hrefOf } from '../../routing/pages';
import { endpointProblem } from './webhook-readiness';
import '../../styles/retransmissions.css';

/** What stops events from going out to the webhook endpoint, with the way to Settings to fix it. */
export function EndpointProblem({ id, endpoint }: { id?: string; endpoint: WebhookEndpoint | null }): ReactNode {
  const problem = endpointProblem(endpoint);
  if (problem === null) return null;
  return (
    <p id={id} className="outbox-warning" role="note">
      {problem} <a href={hrefOf('settings')}>{endpoint === null ? 'Set the webhook endpoint in Settings' : 'Enter it in Settings'}</a>
    </p>
  );
}
