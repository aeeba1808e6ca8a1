import type { WebhookEndpoint } from '../../../../shared/contract/outbox';

/** Why events cannot go out to the webhook endpoint now, or null when they can. */
export function endpointProblem(endpoint: WebhookEndpoint | null): string | null {
  if (endpoint === null) return 'No webhook endpoint is set, so no event can be re-sent.';
  if (!endpoint.ready) {
    return 'The webhook endpoint’s signing secret is not known: it was kept in memory only, and the console has restarted since. Events wait until it is entered again.';
  }
  return null;
}
