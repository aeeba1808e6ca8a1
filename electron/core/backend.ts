import { join } from 'node:path';
import type { AppInfo } from '../../shared/contract/app';
import type { Envelope } from '../../shared/contract/errors';
import type { TableName } from '../../shared/contract/tables';
import { AlertsService } from './alerts/alerts-service';
import { EventBus, type EventListener } from './api/event-bus';
import { dispatch } from './api/dispatch';
import { createHandlers, type WorkspaceServices } from './api/handlers';
import type { XeroSettings } from './api/handlers/handler-context';
import { startSync } from './api/handlers/job-handlers';
import type { SandboxControl } from './api/sandbox-control';
import { CheckoutService } from './checkouts/checkout-service';
import { checkoutStagesPending } from './checkouts/refresh-stages';
import type { ConnectorConfig } from './connectors/connector-config';
import { ConnectorDirectory } from './connectors/connector-directory';
import { XERO_API_BASE_URL } from './connectors/live/live-connector-ids';
import { restoreSavedConnectors } from './connectors/live/restore-saved-connectors';
import { openDatabase } from './db/open-database';
import { ConnectorsRepo } from './health/connectors-repo';
import { HealthMonitor, type Probe } from './health/health-monitor';
import { createImportService } from './import/import-service';
import { Monitor } from './metrics/monitor';
import { JobRegistry } from './jobs/job-registry';
import { billingClients } from './outbox/billing-clients';
import { OutboxService } from './outbox/outbox-service';
import { OutboxWorker } from './outbox/outbox-worker';
import { ReconService } from './reconcile/recon-service';
import { webhookClients } from './webhook/webhook-clients';
import { WebhookEndpoints } from './webhook/webhook-endpoints';
import { OperatorProfiles } from './settings/operator-profile';
import { databasePathIn, ensureDataDir } from './paths/data-dir';
import type { SecretStore } from './secrets/secret-store';
import { UploadStore } from './uploads/upload-store';
import { redactingLogger, stderrLogger, type Logger } from './util/logger';

export interface BackendOptions {
  dataDir: string;
  version: string;
  connectors: readonly ConnectorConfig[];
  sandbox: SandboxControl | null;
  /** Where live credentials are saved (the OS keychain in the desktop app); null keeps none. */
  secrets?: SecretStore | null;
  /** Which connector stands for each sandbox server. */
  sandboxConnectorIds?: Partial<Record<'gateway' | 'billing', string>>;
  healthIntervalMs?: number | undefined;
  /** Bring the local copy up to date as soon as the console opens. */
  syncOnStart?: boolean | undefined;
  logger?: Logger | undefined;
  probe?: Probe;
  /** Xero's sign-in and API addresses; real Xero by default. */
  xero?: XeroSettings;
}

/** The Node side of Paydesk, transport-agnostic: both IPC and HTTP talk to this. */
export interface Backend {
  readonly info: AppInfo;
  /** Files uploaded by the browser console for import. */
  readonly uploads: UploadStore;
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

export const DEFAULT_HEALTH_INTERVAL_MS = 15_000;

export function createBackend(options: BackendOptions): Backend {
  const logger = redactingLogger(options.logger ?? stderrLogger);
  const dataDir = ensureDataDir(options.dataDir);
  const databasePath = databasePathIn(dataDir);
  const opened = openDatabase(databasePath);
  const bus = new EventBus();
  const uploads = new UploadStore(join(dataDir, 'uploads'));

  const info: AppInfo = {
    version: options.version,
    dataDir,
    databasePath,
    database:
      opened.state === 'ready'
        ? { state: 'ready', schemaVersion: opened.schemaVersion, backupPath: opened.backupPath }
        : opened,
    sandbox: options.sandbox !== null,
    secretStorage: options.secrets?.persistent ? 'os_keychain' : 'none',
  };

  let workspace: WorkspaceServices | null = null;
  if (opened.state === 'ready') {
    const { db } = opened;
    const connectors = new ConnectorsRepo(db);
    for (const connector of options.connectors) connectors.upsert(connector);
    const directory = new ConnectorDirectory(options.connectors);
    const health = new HealthMonitor(
      directory,
      connectors,
      bus,
      options.healthIntervalMs ?? DEFAULT_HEALTH_INTERVAL_MS,
      logger,
      options.probe,
    );
    const jobs = new JobRegistry(db, bus, logger);
    const operator = new OperatorProfiles({ db });
    const announce = (tables: TableName[]): void => bus.emit('data.changed', { tables });
    const recon = new ReconService({ db, jobs, actor: operator.actor, announce });
    const checkouts = new CheckoutService({ db, actor: operator.actor, announce });
    const alerts = new AlertsService({ db, actor: operator.actor, announce, onRaised: (alert) => bus.emit('alert.raised', alert) });
    const monitor = new Monitor({ db, checkouts, alerts, announce });
    const refreshMonitor = (): void => {
      try {
        monitor.refreshAndAnnounce();
      } catch (error) {
        logger.error('Checking checkouts and alerts failed', error);
      }
    };
    const webhooks = new WebhookEndpoints({ db, secrets: options.secrets ?? null, actor: operator.actor });
    const outboxWorker = new OutboxWorker({
      db,
      billingFor: billingClients((id) => directory.find(id)),
      webhookFor: webhookClients(webhooks, (id) => directory.find(id)),
      actor: operator.actor,
      logger,
      announce,
      onLanded: () =>
        recon.reconcileLatest().then(refreshMonitor, (error: unknown) => logger.error('Reconciling a recorded payment failed', error)),
    });
    health.onRecovered((connectorId) => outboxWorker.connectorRecovered(connectorId));
    workspace = {
      db,
      connectors,
      health,
      jobs,
      imports: createImportService({ db, uploads, actor: operator.actor }),
      recon,
      outbox: new OutboxService({ db, worker: outboxWorker, recon, webhooks, connectors: () => directory.list(), actor: operator.actor, announce }),
      webhooks,
      uploads,
      directory,
      secrets: options.secrets ?? null,
      operator,
      checkouts,
      alerts,
      monitor,
      announce,
    };
    health.start();
    outboxWorker.start();
    // The signing secret comes from the keychain; rows waiting for the endpoint can go once it is read.
    webhooks.restore().then(
      () => outboxWorker.wake(),
      (error: unknown) => logger.error('The webhook signing secret could not be read', error),
    );
    if (options.syncOnStart && options.connectors.length > 0) startSync(workspace);
    else if (workspace.recon.needsRun()) workspace.recon.start(false);
    // A cache synced before checkout tracking existed is staged once, off the opening path.
    if (checkoutStagesPending(db)) setImmediate(refreshMonitor);
    const ready = workspace;
    const secrets = options.secrets;
    const restoring = secrets?.persistent
      ? restoreSavedConnectors(connectors, directory, secrets, options.xero?.endpoints)
      : Promise.resolve([]);
    restoring.then(
      (restored) => {
        if (restored.length === 0) return;
        void ready.health.checkAll();
        bus.emit('data.changed', { tables: ['connectors'] });
      },
      (error: unknown) => logger.error('Saved connectors could not be restored', error),
    );
  } else {
    logger.error(`Database not opened (${opened.state}): ${databasePath}`);
  }

  const handlers = createHandlers({
    info,
    workspace,
    sandbox: options.sandbox,
    sandboxConnectorIds: options.sandboxConnectorIds ?? {},
    xero: options.xero ?? { apiBaseUrl: XERO_API_BASE_URL },
    logger,
  });

  return {
    info,
    uploads,
    dispatch: (name, input) => dispatch(handlers, name, input, logger),
    subscribe: (listener) => bus.subscribe(listener),
    close: async () => {
      await workspace?.outbox.stop();
      await workspace?.jobs.stopAll();
      await workspace?.health.stop();
      if (opened.state === 'ready') opened.db.close();
    },
  };
}
