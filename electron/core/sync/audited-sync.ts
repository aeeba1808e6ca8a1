import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/audit-log';
import { TransmissionError } from '../connectors/transmission-error';
import { JobCancelledError, type JobContext } from '../jobs/job-context';
import { SyncFailedError, syncConnectors, type SyncInput, type SyncOutcome } from './sync-connectors';

export interface AuditedSyncInput extends SyncInput {
  /** Who started the sync, asked as each entry is written. */
  actor: () => string;
  now?: () => Date;
}

/**
 * A sync run as the audit trail records it: an entry as it starts naming the connectors, and
 * one as it ends with its counts, its classified failure or its cancel. Both carry the same run
 * id. Pages commit one by one during the run, so there is no single transaction to share.
 */
export async function syncAndAudit(input: AuditedSyncInput, context: JobContext): Promise<SyncOutcome> {
  const now = input.now ?? ((): Date => new Date());
  const runId = `sync_${randomBytes(9).toString('base64url')}`;
  const record = (action: string, after: unknown, reason: string | null = null): void => {
    appendAudit(input.db, { at: now(), actor: input.actor(), action, entityType: 'sync_run', entityId: runId, after, reason });
  };
  record('sync.start', { connectors: input.connectors.map(({ id, name, kind, mode, baseUrl }) => ({ id, name, kind, mode, baseUrl })) });
  try {
    const outcome = await syncConnectors(input, context);
    record('sync.finish', outcome.summary);
    return { ...outcome, tables: [...outcome.tables, 'audit_log'] };
  } catch (error) {
    if (error instanceof JobCancelledError || context.signal.aborted) {
      record('sync.cancel', null, 'Cancelled; everything saved before the cancel is kept');
    } else {
      const failureClass = error instanceof TransmissionError ? error.failureClass : null;
      const summary = error instanceof SyncFailedError ? error.summary : null;
      record('sync.fail', { failureClass, summary }, error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
}
