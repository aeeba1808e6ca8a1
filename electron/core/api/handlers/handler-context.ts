import type { AppInfo } from '../../../../shared/contract/app';
import { ApiError } from '../../../../shared/contract/errors';
import type { TableName } from '../../../../shared/contract/tables';
import type { AlertsService } from '../../alerts/alerts-service';
import type { CheckoutService } from '../../checkouts/checkout-service';
import type { ConnectorConfig } from '../../connectors/connector-config';
import type { ConnectorDirectory } from '../../connectors/connector-directory';
import type { XeroEndpoints } from '../../connectors/xero-auth/xero-endpoints';
import type { Database } from '../../db/database';
import type { ConnectorsRepo } from '../../health/connectors-repo';
import type { HealthMonitor } from '../../health/health-monitor';
import type { ImportService } from '../../import/import-service';
import type { Monitor } from '../../metrics/monitor';
import type { SecretStore } from '../../secrets/secret-store';
import type { JobRegistry } from '../../jobs/job-registry';
import type { OutboxService } from '../../outbox/outbox-service';
import type { WebhookEndpoints } from '../../webhook/webhook-endpoints';
import type { ReconService } from '../../reconcile/recon-service';
import type { OperatorProfiles } from '../../settings/operator-profile';
import type { UploadStore } from '../../uploads/upload-store';
import type { Logger } from '../../util/logger';
import type { SandboxControl } from '../sandbox-control';

/** Everything that needs the database: absent when it could not be opened. */
export interface WorkspaceServices {
  db: Database;
  connectors: ConnectorsRepo;
  health: HealthMonitor;
  jobs: JobRegistry;
  imports: ImportService;
  recon: ReconService;
  outbox: OutboxService;
  /** The merchant's webhook endpoint, for re-sent gateway events. */
  webhooks: WebhookEndpoints;
  uploads: UploadStore;
  /** The partners this workspace talks to, with their secrets (memory only). */
  directory: ConnectorDirectory;
  /** Where live credentials are kept; null when this console keeps none (browser console, CLI). */
  secrets: SecretStore | null;
  /** Who is acting: the name every audit entry carries. */
  operator: OperatorProfiles;
  /** Abandoned checkouts: stages, funnel, recovery list, threshold. */
  checkouts: CheckoutService;
  /** Anomaly alerts and how people handled them. */
  alerts: AlertsService;
  /** Re-stages checkouts and checks the metrics for anomalies after every change to the cache. */
  monitor: Monitor;
  /** Tells the UI which tables changed outside a job (an audit entry appended, a setting saved). */
  announce: (tables: TableName[]) => void;
}

export interface HandlerContext {
  info: AppInfo;
  workspace: WorkspaceServices | null;
  sandbox: SandboxControl | null;
  /** Which connector each sandbox server backs, to re-check it when its faults change. */
  sandboxConnectorIds: Readonly<Partial<Record<'gateway' | 'billing', string>>>;
  /** Where Xero sign-in and its API live (real Xero unless a test or proxy says otherwise). */
  xero: XeroSettings;
  logger: Logger;
}

export interface XeroSettings {
  apiBaseUrl: string;
  endpoints?: Partial<XeroEndpoints>;
}

export function requireWorkspace(context: HandlerContext): WorkspaceServices {
  if (!context.workspace) {
    throw new ApiError('unavailable', 'The local database could not be opened. See the start screen for what to do.');
  }
  return context.workspace;
}

export function requireConnector(workspace: WorkspaceServices, connectorId: string): ConnectorConfig {
  const connector = workspace.directory.find(connectorId);
  if (!connector) throw new ApiError('not_found', `There is no connector "${connectorId}".`);
  return connector;
}
