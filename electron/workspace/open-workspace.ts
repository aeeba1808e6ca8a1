import type { SandboxServerName, SandboxStatus } from '../../shared/contract/sandbox';
import { createBackend, type Backend } from '../core/backend';
import type { SandboxControl } from '../core/api/sandbox-control';
import type { ConnectorConfig } from '../core/connectors/connector-config';
import type { SecretStore } from '../core/secrets/secret-store';
import type { Logger } from '../core/util/logger';
import { startSandbox, type Sandbox } from '../sandbox';

/** Where the workspace's data comes from: the built-in sandbox, or real partners. */
export type WorkspaceSource = { kind: 'sandbox'; seed?: number } | { kind: 'live'; connectors: ConnectorConfig[] };

export interface WorkspaceOptions {
  dataDir: string;
  version: string;
  source: WorkspaceSource;
  healthIntervalMs?: number;
  syncOnStart?: boolean;
  /** Where live credentials are saved; null or absent keeps none. */
  secrets?: SecretStore | null;
  logger?: Logger;
}

export interface Workspace {
  backend: Backend;
  sandbox: Sandbox | null;
  close(): Promise<void>;
}

export const SANDBOX_GATEWAY_ID = 'sandbox-gateway';
export const SANDBOX_BILLING_ID = 'sandbox-billing';

/**
 * Composes a backend for either transport. A new user gets the sandbox: both simulated
 * partners on loopback and two connectors pointing at them, no credentials needed.
 */
export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  const sandbox = options.source.kind === 'sandbox' ? await startSandbox({ seed: options.source.seed ?? 42 }) : null;
  const connectors = sandbox ? sandboxConnectors(sandbox) : options.source.kind === 'live' ? options.source.connectors : [];
  const backend = createBackend({
    dataDir: options.dataDir,
    version: options.version,
    connectors,
    sandbox: sandbox ? sandboxControl(sandbox) : null,
    sandboxConnectorIds: sandbox ? { gateway: SANDBOX_GATEWAY_ID, billing: SANDBOX_BILLING_ID } : {},
    healthIntervalMs: options.healthIntervalMs,
    syncOnStart: options.syncOnStart,
    secrets: options.secrets ?? null,
    logger: options.logger,
  });
  return {
    backend,
    sandbox,
    close: async () => {
      await backend.close();
      await sandbox?.close();
    },
  };
}

/** The two connectors that point at a running sandbox, with its credentials. */
export function sandboxConnectors(sandbox: Sandbox): ConnectorConfig[] {
  return [
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
