import type { ConnectorSetup } from '../../../../shared/contract/connectors';
import { ApiError } from '../../../../shared/contract/errors';
import { BaseUrlError, checkedBaseUrl } from '../../connectors/base-url';
import type { ConnectorConfig } from '../../connectors/connector-config';
import { secretKey, type SecretStore } from '../../secrets/secret-store';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireConnector, requireWorkspace, type WorkspaceServices } from './handler-context';

type SetupHandlers = Pick<Handlers, 'connectors.configure' | 'connectors.remove'>;

/** One live connector per kind: connecting again replaces the account. */
export const LIVE_CONNECTOR_IDS = { gateway: 'live-gateway', billing: 'live-billing' } as const;

export function connectorSetupHandlers(context: HandlerContext): SetupHandlers {
  return {
    'connectors.configure': async ({ setup }) => {
      const workspace = requireWorkspace(context);
      const secrets = persistentSecrets(workspace);
      const connector = configFromSetup(setup);
      const secret = connector.credentials.kind === 'gateway' ? connector.credentials.apiKey : connector.credentials.accessToken;
      await secrets.set(secretKey(connector.id, connector.kind === 'gateway' ? 'apiKey' : 'accessToken'), secret);
      workspace.connectors.upsert(connector);
      workspace.directory.put(connector);
      await workspace.health.check(connector.id);
      const summary = workspace.connectors.find(connector.id);
      if (!summary) throw new ApiError('internal', 'The connector was saved but cannot be read back.');
      return summary;
    },
    'connectors.remove': async ({ connectorId }) => {
      const workspace = requireWorkspace(context);
      const connector = requireConnector(workspace, connectorId);
      if (connector.mode !== 'live') throw new ApiError('validation', 'The sandbox connectors are part of the sandbox and cannot be removed.');
      const secrets = persistentSecrets(workspace);
      await secrets.delete(secretKey(connectorId, connector.kind === 'gateway' ? 'apiKey' : 'accessToken'));
      const removed = workspace.directory.remove(connectorId);
      workspace.health.forget(connectorId);
      return { removed };
    },
  };
}

function persistentSecrets(workspace: WorkspaceServices): SecretStore {
  if (!workspace.secrets?.persistent) {
    throw new ApiError(
      'unavailable',
      'This console does not store credentials. Start it with --gateway-url / --billing-url and the keys in PAYDESK_GATEWAY_KEY / PAYDESK_BILLING_TOKEN, or use the desktop app.',
    );
  }
  return workspace.secrets;
}

function configFromSetup(setup: ConnectorSetup): ConnectorConfig {
  let baseUrl: string;
  try {
    baseUrl = checkedBaseUrl(setup.baseUrl, 'The address');
  } catch (error) {
    if (error instanceof BaseUrlError) throw new ApiError('validation', error.message);
    throw error;
  }
  const common = { id: LIVE_CONNECTOR_IDS[setup.kind], kind: setup.kind, name: setup.name, mode: 'live' as const, baseUrl };
  return setup.kind === 'gateway'
    ? { ...common, credentials: { kind: 'gateway', apiKey: setup.apiKey } }
    : { ...common, credentials: { kind: 'billing', accessToken: setup.accessToken, tenantId: setup.tenantId } };
}

/** Puts the live connectors saved earlier back into the directory, secrets read from the store. */
export async function restoreSavedConnectors(workspace: WorkspaceServices): Promise<ConnectorConfig[]> {
  const secrets = workspace.secrets;
  if (!secrets?.persistent) return [];
  const restored: ConnectorConfig[] = [];
  for (const saved of workspace.connectors.savedLive()) {
    if (saved.id !== LIVE_CONNECTOR_IDS.gateway && saved.id !== LIVE_CONNECTOR_IDS.billing) continue;
    const secret = await secrets.get(secretKey(saved.id, saved.kind === 'gateway' ? 'apiKey' : 'accessToken'));
    if (!secret) continue;
    const common = { id: saved.id, kind: saved.kind, name: saved.name, mode: 'live' as const, baseUrl: saved.baseUrl };
    const connector: ConnectorConfig =
      saved.kind === 'gateway'
        ? { ...common, credentials: { kind: 'gateway', apiKey: secret } }
        : { ...common, credentials: { kind: 'billing', accessToken: secret, tenantId: saved.tenantId ?? '' } };
    workspace.directory.put(connector);
    restored.push(connector);
  }
  return restored;
}
