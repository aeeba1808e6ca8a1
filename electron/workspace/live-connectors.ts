import { BaseUrlError, checkedBaseUrl } from '../core/connectors/base-url';
import type { ConnectorConfig } from '../core/connectors/connector-config';

export interface LiveConnectorSettings {
  gatewayUrl?: string;
  gatewayKey?: string;
  billingUrl?: string;
  billingToken?: string;
  billingTenant?: string;
}

export class LiveConnectorError extends Error {}

function baseUrl(text: string, flag: string): string {
  try {
    return checkedBaseUrl(text, flag);
  } catch (error) {
    if (error instanceof BaseUrlError) throw new LiveConnectorError(error.message);
    throw error;
  }
}

/**
 * Live connectors from command-line flags, falling back to environment variables for the
 * secrets (PAYDESK_GATEWAY_KEY, PAYDESK_BILLING_TOKEN, PAYDESK_BILLING_TENANT), so keys need not
 * appear in the process list. Nothing here is ever written to disk.
 */
export function liveConnectors(settings: LiveConnectorSettings, env: NodeJS.ProcessEnv = process.env): ConnectorConfig[] {
  const connectors: ConnectorConfig[] = [];
  if (settings.gatewayUrl) {
    const apiKey = settings.gatewayKey ?? env['PAYDESK_GATEWAY_KEY'];
    if (!apiKey) throw new LiveConnectorError('--gateway-url needs --gateway-key or PAYDESK_GATEWAY_KEY');
    connectors.push({
      id: 'gateway',
      kind: 'gateway',
      name: 'Payment gateway',
      mode: 'live',
      baseUrl: baseUrl(settings.gatewayUrl, '--gateway-url'),
      credentials: { kind: 'gateway', apiKey },
    });
  }
  if (settings.billingUrl) {
    const accessToken = settings.billingToken ?? env['PAYDESK_BILLING_TOKEN'];
    const tenantId = settings.billingTenant ?? env['PAYDESK_BILLING_TENANT'] ?? '';
    if (!accessToken) throw new LiveConnectorError('--billing-url needs --billing-token or PAYDESK_BILLING_TOKEN');
    connectors.push({
      id: 'billing',
      kind: 'billing',
      name: 'Billing system',
      mode: 'live',
      baseUrl: baseUrl(settings.billingUrl, '--billing-url'),
      credentials: { kind: 'billing', accessToken, tenantId },
    });
  }
  return connectors;
}
