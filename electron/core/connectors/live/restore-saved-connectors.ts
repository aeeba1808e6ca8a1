import type { ConnectorsRepo } from '../../health/connectors-repo';
import { secretKey, type SecretStore } from '../../secrets/secret-store';
import type { ConnectorConfig } from '../connector-config';
import type { ConnectorDirectory } from '../connector-directory';
import type { XeroEndpoints } from '../xero-auth/xero-endpoints';
import { LIVE_CONNECTOR_IDS } from './live-connector-ids';
import { xeroTokenSource } from './xero-token-source';

/**
 * Puts the live connectors saved earlier back into the directory. Their secrets come from the
 * keychain; one whose secret is gone (removed from the keychain by hand) stays out.
 */
export async function restoreSavedConnectors(
  repo: ConnectorsRepo,
  directory: ConnectorDirectory,
  secrets: SecretStore,
  xeroEndpoints: Partial<XeroEndpoints> = {},
): Promise<ConnectorConfig[]> {
  const restored: ConnectorConfig[] = [];
  for (const saved of repo.savedLive()) {
    if (saved.id !== LIVE_CONNECTOR_IDS[saved.kind]) continue;
    const common = { id: saved.id, kind: saved.kind, name: saved.name, mode: 'live' as const, baseUrl: saved.baseUrl };
    let connector: ConnectorConfig | null = null;
    if (saved.kind === 'gateway') {
      const apiKey = await secrets.get(secretKey(saved.id, 'apiKey'));
      if (apiKey) connector = { ...common, credentials: { kind: 'gateway', apiKey } };
    } else if (saved.oauthClientId) {
      const signedIn = await secrets.get(secretKey(saved.id, 'oauthTokens'));
      const accessToken = xeroTokenSource(secrets, saved.id, saved.oauthClientId, xeroEndpoints);
      if (signedIn) connector = { ...common, credentials: { kind: 'billing', accessToken, tenantId: saved.tenantId ?? '' } };
    } else {
      const accessToken = await secrets.get(secretKey(saved.id, 'accessToken'));
      if (accessToken) connector = { ...common, credentials: { kind: 'billing', accessToken, tenantId: saved.tenantId ?? '' } };
    }
    if (connector) {
      directory.put(connector);
      restored.push(connector);
    }
  }
  return restored;
}
