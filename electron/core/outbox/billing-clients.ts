import type { ConnectorConfig } from '../connectors/connector-config';
import { XeroBilling } from '../connectors/xero/xero-client';
import type { BillingTarget } from './transmit-posting';

/** Long enough for a slow Xero answer, short enough that a hung request is retried the same minute. */
const REQUEST_TIMEOUT_MS = 30_000;

/** A billing client per configured billing connector, or null for one that is not (its rows wait for it). */
export function billingClients(
  find: (connectorId: string) => ConnectorConfig | undefined,
  timeoutMs = REQUEST_TIMEOUT_MS,
): (connectorId: string, signal: AbortSignal) => BillingTarget | null {
  return (connectorId, signal) => {
    const connector = find(connectorId);
    return connector?.kind === 'billing' ? new XeroBilling(connector, { timeoutMs, signal }) : null;
  };
}
