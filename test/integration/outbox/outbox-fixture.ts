import type { ConnectorConfig } from '../../../electron/core/connectors/connector-config';
import { EventBus } from '../../../electron/core/api/event-bus';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { JobRegistry } from '../../../electron/core/jobs/job-registry';
import { billingClients } from '../../../electron/core/outbox/billing-clients';
import { OutboxService } from '../../../electron/core/outbox/outbox-service';
import { OutboxWorker } from '../../../electron/core/outbox/outbox-worker';
import type { RetrySchedule } from '../../../electron/core/outbox/retry-schedule';
import { ReconService } from '../../../electron/core/reconcile/recon-service';
import type { Logger } from '../../../electron/core/util/logger';
import { webhookClients } from '../../../electron/core/webhook/webhook-clients';
import { WebhookEndpoints } from '../../../electron/core/webhook/webhook-endpoints';

export const quiet: Logger = { info: () => undefined, error: () => undefined };

/** Quick retries so a test that waits for one does not wait long. */
export const QUICK_RETRIES: RetrySchedule = { baseDelayMs: { connection: 20, system: 20 }, maxDelayMs: 50, maxAttempts: 3 };

export interface OutboxRig {
  outbox: OutboxService;
  worker: OutboxWorker;
  recon: ReconService;
  webhooks: WebhookEndpoints;
  landed: Promise<void>[];
}

/** The outbox wired as the backend wires it, over a given database and connectors; `random` draws the jitter. */
export function outboxRig(db: Database, connectors: ConnectorConfig[], schedule: RetrySchedule = QUICK_RETRIES, random?: () => number): OutboxRig {
  const jobs = new JobRegistry(db, new EventBus(), quiet);
  const recon = new ReconService({ db, jobs, actor: () => 'ada', announce: () => undefined });
  const landed: Promise<void>[] = [];
  const webhooks = new WebhookEndpoints({ db, secrets: null, actor: () => 'ada' });
  const find = (id: string): ConnectorConfig | undefined => connectors.find((connector) => connector.id === id);
  const worker = new OutboxWorker({
    db,
    billingFor: billingClients(find, 3_000),
    webhookFor: webhookClients(webhooks, find, 3_000),
    actor: () => 'ada',
    logger: quiet,
    announce: () => undefined,
    onLanded: () => void landed.push(recon.reconcileLatest()),
    schedule,
    ...(random ? { random } : {}),
  });
  const outbox = new OutboxService({ db, worker, recon, webhooks, connectors: () => connectors, actor: () => 'ada', announce: () => undefined });
  return { outbox, worker, recon, webhooks, landed };
}

export function itemsOfClass(db: Database, reconClass: string): string[] {
  return db.all<{ item_key: string }>(sql`SELECT item_key FROM exceptions WHERE class = ${reconClass} AND state = 'open' ORDER BY item_key`).map((row) => row.item_key);
}

export function auditActions(db: Database, entityId: string): string[] {
  return db.all<{ action: string }>(sql`SELECT action FROM audit_log WHERE entity_type = 'outbox' AND entity_id = ${entityId} ORDER BY seq`).map((row) => row.action);
}
