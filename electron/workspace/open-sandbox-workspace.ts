import type { SandboxServerName, SandboxStatus } from '../../shared/contract/sandbox';
import { createBackend, type Backend } from '../core/backend';
import type { SandboxControl } from '../core/api/sandbox-control';
import type { ConnectorConfig } from '../core/connectors/connector-config';
import type { Logger } from '../core/util/logger';
import { startSandbox, type Sandbox } from '../sandbox';

export interface SandboxWorkspaceOptions {
  dataDir: string;
  version: string;
  seed?: number;
  healthIntervalMs?: number;
  logger?: Logger;
}

export interface SandboxWorkspace {
  backend: Backend;
  sandbox: Sandbox;
  close(): Promise<void>;
}

export const SANDBOX_GATEWAY_ID = 'sandbox-gateway';
export const SANDBOX_BILLING_ID = 'sandbox-billing';

/**
 * The workspace a new user gets with no credentials: both sandbox servers on loopback and a
 * backend whose two connectors point at them.
 */
export async function openSandboxWorkspace(options: SandboxWorkspaceOptions): Promise<SandboxWorkspace> {
  const sandbox = await startSandbox({ seed: options.seed ?? 42 });
  const connectors: ConnectorConfig[] = [
    {
      id: SANDBOX_GATEWAY_ID,
      kind: 'gateway',
      name: 'Sandbox payment gateway',
      mode: 'sandbox',
      baseUrl: sandbox.gateway.url,
      credentials: { kind: 'gateway', apiKey: sandbox.credentials.gatewayKey },
    },
    {
      id: SANDBOX_BILLING_ID,
      kind: 'billing',
      name: 'Sandbox billing system',
      mode: 'sandbox',
      baseUrl: sandbox.billing.url,
      credentials: {
        kind: 'billing',
        accessToken: sandbox.credentials.billingToken,
        tenantId: sandbox.credentials.billingTenantId,
      },
    },
  ];
  const backend = createBackend({
    dataDir: options.dataDir,
    version: options.version,
    connectors,
    sandbox: sandboxControl(sandbox),
    sandboxConnectorIds: { gateway: SANDBOX_GATEWAY_ID, billing: SANDBOX_BILLING_ID },
    healthIntervalMs: options.healthIntervalMs,
    logger: options.logger,
  });
  return {
    backend,
    sandbox,
    close: async () => {
      await backend.close();
      await sandbox.close();
    },
  };
}

function sandboxControl(sandbox: Sandbox): SandboxControl {
  const serverStatus = (name: SandboxServerName): SandboxStatus['servers'][number] => {
    const server = sandbox[name];
    return { server: name, url: server.url, faults: server.faults() };
  };
  return {
    status: () => ({ running: true, seed: sandbox.seed, servers: [serverStatus('gateway'), serverStatus('billing')] }),
    setFaults: async (name, patch) => {
      await sandbox[name].setFaults(patch);
      return serverStatus(name);
    },
  };
}
