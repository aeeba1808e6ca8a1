import type { ConnectorConfig } from '../connectors/connector-config';
import { StripeGateway } from '../connectors/stripe/stripe-client';
import type { WebhookTarget } from '../outbox/transmit-event';
import { deliverEvent } from './deliver-event';
import type { WebhookEndpoints } from './webhook-endpoints';

const REQUEST_TIMEOUT_MS = 30_000;

/** For the outbox worker: the webhook endpoint, with the gateway its events are fetched from, or null while the endpoint is unknown. */
export function webhookClients(
  endpoints: Pick<WebhookEndpoints, 'destination'>,
  findConnector: (connectorId: string) => ConnectorConfig | undefined,
  timeoutMs = REQUEST_TIMEOUT_MS,
): (endpointId: string, gatewayConnectorId: string | null, signal: AbortSignal) => WebhookTarget | null {
  return (endpointId, gatewayConnectorId, signal) => {
    const destination = endpoints.destination(endpointId);
    if (!destination) return null;
    const connector = gatewayConnectorId === null ? undefined : findConnector(gatewayConnectorId);
    return {
      url: destination.url,
      gateway: connector?.kind === 'gateway' ? new StripeGateway(connector, { timeoutMs, signal }) : null,
      deliver: (body) => deliverEvent(destination, body, { timeoutMs, signal, now: () => new Date() }),
    };
  };
}
