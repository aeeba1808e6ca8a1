import type { TableName } from '../../../shared/contract/tables';

/** What long work reports as it goes. Counts only grow; a total appears once it is known. */
export interface ProgressUpdate {
  phase: string;
  recordsDone: number;
  recordsTotal?: number | null;
  pagesDone?: number;
}

/**
 * Handed to every long piece of work (sync, import). The work checks `signal` between pages or
 * batches and stops cleanly when it is aborted: what it committed so far stays committed.
 */
export interface JobContext {
  readonly signal: AbortSignal;
  progress(update: ProgressUpdate): void;
}

/** How work ends when it succeeds: a one-line summary for people and the tables it changed. */
export interface JobOutcome {
  message: string;
  summary: unknown;
  tables: TableName[];
}

/** Throws the signal's reason when the work was cancelled; call between units of work. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new JobCancelledError();
}

export class JobCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelledError';
  }
}
