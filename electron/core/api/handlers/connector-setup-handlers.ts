import type { ConnectorSetup } from '../../../../shared/contract/connectors';
import { ApiError } from '../../../../shared/contract/errors';
import { BaseUrlError, checkedBaseUrl } from '../../connectors/base-url';
import { auditConnectorChange } from '../../connectors/connector-audit';
import type { ConnectorConfig } from '../../connectors/connector-config';
import { LIVE_CONNECTOR_IDS } from '../../connectors/live/live-connector-ids';
import { startXeroSignIn } from '../../connectors/live/xero-sign-in';
import { secretKey, type SecretName, type SecretStore } from '../../secrets/secret-store';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireConnector, requireWorkspace, type WorkspaceServices } from './handler-context';

type SetupHandlers = Pick<Handlers, 'connectors.configure' | 'connectors.connectXero' | 'connectors.remove'>;

/** Every secret a live connector may have left in the keychain. */
const CONNECTOR_SECRETS: readonly SecretName[] = ['apiKey', 'accessToken', 'refreshToken', 'oauthTokens'];

export function connectorSetupHandlers(context: HandlerContext): SetupHandlers {
  return {
    'connectors.configure': async ({ setup }) => {
      const workspace = requireWorkspace(context);
      const secrets = persistentSecrets(workspace);
      const connector = configFromSetup(setup);
      await secrets.set(
        secretKey(connector.id, setup.kind === 'gateway' ? 'apiKey' : 'accessToken'),
        setup.kind === 'gateway' ? setup.apiKey : setup.accessToken,
      );
      await secrets.delete(secretKey(connector.id, 'oauthTokens'));
      return adopt(workspace, connector, null, 'credentials');
    },
    'connectors.connectXero': async ({ signIn }) => {
      const workspace = requireWorkspace(context);
      const secrets = persistentSecrets(workspace);
      let handOver: (url: string) => void = () => undefined;
      const authorizeUrl = new Promise<string>((resolve) => (handOver = resolve));
      const job = workspace.jobs.start('connect', `Connect ${signIn.name}`, async (run) => {
        run.progress({ phase: 'Waiting for approval in Xero', recordsDone: 0 });
        const signingIn = startXeroSignIn({
          signIn,
          secrets,
          apiBaseUrl: context.xero.apiBaseUrl,
          endpoints: context.xero.endpoints,
          signal: run.signal,
        });
        void signingIn.authorizeUrl.then(handOver);
        const connector = await signingIn.connector;
        const summary = await adopt(workspace, connector, signIn.clientId, 'xero_sign_in');
        return { message: `Connected ${summary.name}`, summary: { connectorId: summary.id }, tables: ['connectors', 'audit_log'] };
      });
      // The URL comes as soon as Paydesk listens for the answer; a failure before that ends the job.
      const url = await Promise.race([authorizeUrl, workspace.jobs.settled(job.jobId).then(() => null)]);
      if (url === null) {
        const ended = await workspace.jobs.settled(job.jobId);
        throw new ApiError('integration', ended?.message ?? 'The Xero sign-in could not start.');
      }
      return { authorizeUrl: url, job };
    },
    'connectors.remove': async ({ connectorId }) => {
      const workspace = requireWorkspace(context);
      const connector = requireConnector(workspace, connectorId);
      if (connector.mode !== 'live') throw new ApiError('validation', 'The sandbox connectors are part of the sandbox and cannot be removed.');
      const secrets = persistentSecrets(workspace);
      for (const name of CONNECTOR_SECRETS) await secrets.delete(secretKey(connectorId, name));
      const removed = workspace.directory.remove(connectorId);
      workspace.health.forget(connectorId);
      if (removed) {
        auditConnectorChange(workspace.db, {
          action: 'connector.remove',
          connectorId,
          before: connector,
          after: undefined,
          actor: workspace.operator.actor(),
          at: new Date(),
        });
        workspace.announce(['audit_log']);
      }
      return { removed };
    },
  };
}

/**
 * Registers a connector with the workspace, audited in the same transaction, and checks it at
 * once, so the card shows the truth.
 */
async function adopt(workspace: WorkspaceServices, connector: ConnectorConfig, oauthClientId: string | null, method: 'credentials' | 'xero_sign_in') {
  const before = workspace.directory.find(connector.id);
  workspace.db.transaction(() => {
    workspace.connectors.upsert(connector, oauthClientId);
    auditConnectorChange(workspace.db, {
      action: 'connector.configure',
      connectorId: connector.id,
      before,
      after: connector,
      method,
      actor: workspace.operator.actor(),
      at: new Date(),
    });
  });
  workspace.announce(['audit_log']);
  workspace.directory.put(connector);
  await workspace.health.check(connector.id);
  const summary = workspace.connectors.find(connector.id);
  if (!summary) throw new ApiError('internal', 'The connector was saved but cannot be read back.');
  return summary;
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
