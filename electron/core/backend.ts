import type { AppInfo } from '../../shared/contract/app';
import type { Envelope } from '../../shared/contract/errors';
import { EventBus, type EventListener } from './api/event-bus';
import { dispatch } from './api/dispatch';
import { createHandlers } from './api/handlers';
import type { SandboxControl } from './api/sandbox-control';
import type { ConnectorConfig } from './connectors/connector-config';
import { openDatabase } from './db/open-database';
import { databasePathIn, ensureDataDir } from './paths/data-dir';
import { stderrLogger, type Logger } from './util/logger';
import { ConnectorsRepo } from './health/connectors-repo';
import { HealthMonitor, type Probe } from './health/health-monitor';

export interface BackendOptions {
  dataDir: string;
  version: string;
  connectors: readonly ConnectorConfig[];
  sandbox: SandboxControl | null;
  /** Which connector stands for each sandbox server. */
  sandboxConnectorIds?: Partial<Record<'gateway' | 'billing', string>>;
  healthIntervalMs?: number;
  logger?: Logger;
  probe?: Probe;
}

/** The Node side of Paydesk, transport-agnostic: both IPC and HTTP talk to this. */
export interface Backend {
  readonly info: AppInfo;
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export const DEFAULT_HEALTH_INTERVAL_MS = 15_000;

export function createBackend(options: BackendOptions): Backend {
  const logger = options.logger ?? stderrLogger;
  const dataDir = ensureDataDir(options.dataDir);
  const databasePath = databasePathIn(dataDir);
  const opened = openDatabase(databasePath);
  const bus = new EventBus();

  const info: AppInfo = {
    version: options.version,
    dataDir,
    databasePath,
    database:
      opened.state === 'ready'
        ? { state: 'ready', schemaVersion: opened.schemaVersion, backupPath: opened.backupPath }
        : opened,
    sandbox: options.sandbox !== null,
  };

  let workspace: { connectors: ConnectorsRepo; health: HealthMonitor } | null = null;
  if (opened.state === 'ready') {
    const connectors = new ConnectorsRepo(opened.db);
    for (const connector of options.connectors) connectors.upsert(connector);
    const health = new HealthMonitor(
      options.connectors,
      connectors,
      bus,
      options.healthIntervalMs ?? DEFAULT_HEALTH_INTERVAL_MS,
      logger,
      options.probe,
    );
    health.start();
    workspace = { connectors, health };
  } else {
    logger.error(`Database not opened (${opened.state}): ${databasePath}`);
  }

  const handlers = createHandlers({
    info,
    workspace,
    sandbox: options.sandbox,
    sandboxConnectorIds: {
      gateway: options.sandboxConnectorIds?.gateway,
      billing: options.sandboxConnectorIds?.billing,
    },
    logger,
  });

  return {
    info,
    dispatch: (name, input) => dispatch(handlers, name, input, logger),
    subscribe: (listener) => bus.subscribe(listener),
    close: async () => {
      await workspace?.health.stop();
      if (opened.state === 'ready') opened.db.close();
    },
  };
}
