import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ConnectorConfig } from '../../../electron/core/connectors/connector-config';
import { CircuitBreakers } from '../../../electron/core/connectors/retry/circuit-breaker';
import type { Database } from '../../../electron/core/db/database';
import { openDatabase } from '../../../electron/core/db/open-database';
import { ConnectorsRepo } from '../../../electron/core/health/connectors-repo';
import type { JobContext, ProgressUpdate } from '../../../electron/core/jobs/job-context';
import { syncConnectors, type SyncOptions, type SyncOutcome } from '../../../electron/core/sync';
import type { Sandbox } from '../../../electron/sandbox';

export const GATEWAY_ID = 'test-gateway';
export const BILLING_ID = 'test-billing';

export function sandboxConnectors(sandbox: Sandbox): ConnectorConfig[] {
  return [
    {
      id: GATEWAY_ID,
      kind: 'gateway',
      name: 'Sandbox payment gateway',
      mode: 'sandbox',
      baseUrl: sandbox.gateway.url,
      credentials: { kind: 'gateway', apiKey: sandbox.credentials.gatewayKey },
    },
    {
      id: BILLING_ID,
      kind: 'billing',
      name: 'Sandbox billing system',
      mode: 'sandbox',
      baseUrl: sandbox.billing.url,
      credentials: { kind: 'billing', accessToken: sandbox.credentials.billingToken, tenantId: sandbox.credentials.billingTenantId },
    },
  ];
}

/**
 * Waits short enough to keep the suite quick and tries often enough that faults at the rates the
 * tests use cannot exhaust the attempts by chance.
 */
export function testSyncOptions(overrides: SyncOptions = {}): SyncOptions {
  return {
    timeoutMs: 3_000,
    backoff: { baseDelayMs: 5, maxDelayMs: 100, maxAttempts: 12, maxRetryAfterMs: 3_000 },
    breakers: new CircuitBreakers({ failureThreshold: 12, coolDownMs: 500 }),
    ...overrides,
  };
}

export function openTestDatabase(dir: string, name = 'paydesk.db'): Database {
  const opened = openDatabase(join(dir, name));
  if (opened.state !== 'ready') throw new Error(`expected a ready database, got ${opened.state}`);
  return opened.db;
}

export interface SyncRun {
  outcome: SyncOutcome;
  progress: ProgressUpdate[];
}

/** One sync job to completion (or its error), the way the job registry would run it. */
export async function runSync(
  db: Database,
  sandbox: Sandbox,
  options: SyncOptions = testSyncOptions(),
  context: Partial<JobContext> = {},
  connectors: ConnectorConfig[] = sandboxConnectors(sandbox),
): Promise<SyncRun> {
  const progress: ProgressUpdate[] = [];
  const outcome = await syncConnectors(
    { db, connectors, failures: new ConnectorsRepo(db), options },
    {
      signal: context.signal ?? new AbortController().signal,
      progress: (update) => {
        progress.push(update);
        context.progress?.(update);
      },
    },
  );
  return { outcome, progress };
}

/** What a sync threw, so a test can look at its class and message. */
export async function syncFailure(run: Promise<unknown>): Promise<Error> {
  try {
    await run;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the sync to fail');
}

export function count(db: Database, table: string): number {
  return db.get<{ n: number }>({ text: `SELECT count(*) AS n FROM ${table}`, values: [] })?.n ?? 0;
}

export function failuresRecorded(db: Database): { failure_class: string; http_status: number | null; message: string; endpoint: string }[] {
  return db.all({ text: 'SELECT failure_class, http_status, message, endpoint FROM transmission_failures ORDER BY id', values: [] });
}

export function cursors(db: Database): Record<string, string | null> {
  const rows = db.all<{ connector_id: string; resource: string; cursor: string | null }>({ text: 'SELECT connector_id, resource, cursor FROM sync_state', values: [] });
  return Object.fromEntries(rows.map((row) => [`${row.connector_id}/${row.resource}`, row.cursor]));
}

const GATEWAY_TABLES = ['payments', 'refunds', 'checkouts'];
const BILLING_TABLES = ['invoices', 'invoice_payments'];

/**
 * A fingerprint of one side's tables and cursors (or both), to show that a failed sync changed
 * nothing. A hash, so a failing assertion prints two short strings rather than the whole copy.
 */
export function snapshot(db: Database, side: 'gateway' | 'billing' | 'both' = 'both'): string {
  const tables = side === 'gateway' ? GATEWAY_TABLES : side === 'billing' ? BILLING_TABLES : [...GATEWAY_TABLES, ...BILLING_TABLES];
  const connectors = side === 'gateway' ? [GATEWAY_ID] : side === 'billing' ? [BILLING_ID] : [GATEWAY_ID, BILLING_ID];
  const rows = tables.map((table) => db.all({ text: `SELECT * FROM ${table} ORDER BY 1`, values: [] }));
  const state = db.all({
    text: `SELECT connector_id, resource, cursor, last_synced_at FROM sync_state
           WHERE connector_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2`,
    values: [JSON.stringify(connectors)],
  });
  return createHash('sha256').update(JSON.stringify([rows, state])).digest('hex');
}
