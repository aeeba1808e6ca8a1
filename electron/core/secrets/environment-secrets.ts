import { secretKey } from './secret-store';
import type { SecretName, SecretStore } from './secret-store';

export interface EnvironmentConnectorIds {
  gateway: string;
  billing: string;
}

export const DEFAULT_ENVIRONMENT_CONNECTOR_IDS: EnvironmentConnectorIds = { gateway: 'gateway', billing: 'billing' };

/** The variables read, with the connector and secret each fills. */
export const ENVIRONMENT_SECRET_VARIABLES: ReadonlyArray<{ variable: string; connector: keyof EnvironmentConnectorIds; name: SecretName }> = [
  { variable: 'PAYDESK_GATEWAY_KEY', connector: 'gateway', name: 'apiKey' },
  { variable: 'PAYDESK_BILLING_TOKEN', connector: 'billing', name: 'accessToken' },
  { variable: 'PAYDESK_BILLING_REFRESH_TOKEN', connector: 'billing', name: 'refreshToken' },
];

/**
 * Secrets for the CLI and the browser console, which have no keyring: read from environment
 * variables, never written anywhere. A set (a rotated Xero refresh token, say) lives in memory
 * until the process exits; `persistent: false` lets the caller tell the user so.
 */
export function environmentSecrets(
  env: Readonly<Record<string, string | undefined>>,
  connectorIds: EnvironmentConnectorIds = DEFAULT_ENVIRONMENT_CONNECTOR_IDS,
): SecretStore {
  const values = new Map<string, string>();
  for (const { variable, connector, name } of ENVIRONMENT_SECRET_VARIABLES) {
    const value = env[variable]?.trim();
    if (value) values.set(secretKey(connectorIds[connector], name), value);
  }
  return {
    persistent: false,
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
}
