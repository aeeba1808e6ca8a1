import type { ConnectorKind } from '../../../shared/contract/connectors';
import type { TableName } from '../../../shared/contract/tables';
import type { FailureClass } from '../../../shared/domain/failure-class';
import type { ConnectorConfig } from '../connectors/connector-config';
import { TransmissionError } from '../connectors/transmission-error';
import type { Database } from '../db/database';
import type { ConnectorsRepo } from '../health/connectors-repo';
import { JobCancelledError, type JobContext, type JobOutcome } from '../jobs/job-context';
import { syncBilling } from './billing-sync';
import { createConnectorRun, type ConnectorRun } from './connector-run';
import { syncGateway } from './gateway-sync';
import { describeCounts, joinNames } from './sync-message';
import { resolveSyncOptions, type SyncOptions } from './sync-options';
import { SyncTally, type SyncedTable, type TableCounts } from './sync-tally';

export interface SyncInput {
  db: Database;
  connectors: readonly ConnectorConfig[];
  /** Where every transmission failure is recorded, retried ones included. */
  failures: ConnectorsRepo;
  options?: SyncOptions;
}

export interface ConnectorSyncResult {
  id: string;
  name: string;
  kind: ConnectorKind;
  state: 'synced' | 'failed';
  failureClass: FailureClass | null;
  message: string | null;
}

export interface SyncSummary {
  connectors: ConnectorSyncResult[];
  tables: Record<SyncedTable, TableCounts>;
  records: number;
  pages: number;
  /** HTTP exchanges attempted, retries included. */
  requests: number;
  /** Failed exchanges recorded, including those a retry recovered from. */
  failures: number;
  durationMs: number;
}

/** A JobOutcome whose summary is typed, so callers need no cast to read the counts. */
export interface SyncOutcome extends JobOutcome {
  summary: SyncSummary;
}

/** A sync that failed: classified as its first failure, with what it did before it stopped. */
export class SyncFailedError extends TransmissionError {
  constructor(
    first: TransmissionError,
    message: string,
    readonly summary: SyncSummary,
    /** Tables changed by the pages committed before the failure, for `data.changed`. */
    readonly tables: TableName[],
  ) {
    super(first.failureClass, first.endpoint, message, first.httpStatus, first.retryAfterMs);
    this.name = 'SyncFailedError';
  }
}

/**
 * Pulls every connector's data into the local copy, continuing from each resource's cursor.
 * Connectors are synced one after the other; one that fails (after its retries) does not stop
 * the others, and the job then fails with that connector's classified error. What was committed
 * stays committed; the next run continues from there.
 */
export async function syncConnectors(input: SyncInput, context: JobContext): Promise<SyncOutcome> {
  const options = resolveSyncOptions(input.options);
  const started = performance.now();
  const tally = new SyncTally(context);
  const results: ConnectorSyncResult[] = [];
  const errors: TransmissionError[] = [];
  for (const connector of input.connectors) {
    // Failures are recorded against the connector, so it must be registered first.
    input.failures.upsert(connector);
    const run = createConnectorRun({ connector, db: input.db, failures: input.failures, tally, signal: context.signal, options });
    try {
      await syncOne(run);
      results.push({ id: connector.id, name: connector.name, kind: connector.kind, state: 'synced', failureClass: null, message: null });
    } catch (error) {
      if (context.signal.aborted) throw new JobCancelledError();
      if (!(error instanceof TransmissionError)) throw error;
      errors.push(error);
      results.push({ id: connector.id, name: connector.name, kind: connector.kind, state: 'failed', failureClass: error.failureClass, message: error.message });
    }
  }

  const summary: SyncSummary = {
    connectors: results,
    tables: tally.tables,
    records: tally.records,
    pages: tally.pages,
    requests: tally.requests,
    failures: tally.failures,
    durationMs: Math.round(performance.now() - started),
  };
  const tables: TableName[] = [...tally.changedTables(), 'sync_state'];
  if (tally.failures > 0) tables.push('transmission_failures');
  const first = errors[0];
  if (first) throw failureOf(first, results, summary, tables);
  const names = joinNames(results.map((result) => result.name));
  return {
    message: names === '' ? 'Nothing to sync: no connector is set up' : `Synced ${names}: ${describeCounts(tally.tables)}`,
    summary,
    tables,
  };
}

function syncOne(run: ConnectorRun): Promise<void> {
  switch (run.connector.credentials.kind) {
    case 'gateway':
      return syncGateway(run);
    case 'billing':
      return syncBilling(run);
  }
}

/** The job's error: the first failure, classified as it was, saying what was saved anyway. */
function failureOf(first: TransmissionError, results: readonly ConnectorSyncResult[], summary: SyncSummary, tables: TableName[]): SyncFailedError {
  const failed = results.find((result) => result.state === 'failed');
  const synced = results.filter((result) => result.state === 'synced').map((result) => result.name);
  const saved = describeCounts(summary.tables);
  const tail = [
    synced.length > 0 ? `${joinNames(synced)} synced.` : null,
    saved === 'nothing new' ? null : `Saved before stopping: ${saved}; the next sync continues from there.`,
  ].filter((part) => part !== null);
  const message = `${failed?.name ?? 'A connector'}: ${first.message}${tail.length > 0 ? ` ${tail.join(' ')}` : ''}`;
  return new SyncFailedError(first, message, summary, tables);
}
