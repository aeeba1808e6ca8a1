import type { ReconRun } from '../../../shared/contract/reconcile';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { throwIfCancelled, type ProgressUpdate } from '../jobs/job-context';
import { reconcile } from './engine/reconcile';
import type { EngineInput } from './engine/types';
import { clearDirty, isFullRunOwed, readDirty, setFullRunOwed, type DirtyEntry } from './store/dirty';
import { invoiceKey, itemDrafts, paymentKey } from './store/item-drafts';
import { loadAffected } from './store/load-affected';
import { loadAll } from './store/load-all';
import { persistItems } from './store/persist-items';

export interface RunOptions {
  now: () => Date;
  signal?: AbortSignal;
  onProgress?: (update: ProgressUpdate) => void;
  /** Re-evaluate everything, not only what changed. */
  full?: boolean;
}

/** Beyond this many affected records an incremental run costs more than a full one. */
const INCREMENTAL_LIMIT = 50_000;

/**
 * Reconciles what changed since the last run (everything on the first run or when asked):
 * reads the affected records, runs the engine, and stores the items with people's state kept.
 * Returns null when there was nothing to do. Cancelling before the save leaves the stored items
 * as they were; the save itself is one transaction.
 */
export async function runReconciliation(db: Database, options: RunOptions): Promise<ReconRun | null> {
  const started = Date.now();
  const signal = options.signal ?? new AbortController().signal;
  const progress = options.onProgress ?? ((): void => undefined);

  // Taken before reading, so a change made while this run works is noted for the next one.
  const dirty = readDirty(db);
  const owed = isFullRunOwed(db);
  if (!owed && options.full !== true && dirty.length === 0) return null;
  if (owed) setFullRunOwed(db, false);
  try {
    return await evaluate(db, dirty, owed || options.full === true, options, signal, progress, started);
  } catch (error) {
    // Cancelled or failed: a full run that was owed is still owed.
    if (owed) setFullRunOwed(db, true);
    throw error;
  }
}

async function evaluate(
  db: Database,
  dirty: readonly DirtyEntry[],
  fullAsked: boolean,
  options: RunOptions,
  signal: AbortSignal,
  progress: (update: ProgressUpdate) => void,
  started: number,
): Promise<ReconRun> {
  let full = fullAsked;
  progress({ phase: 'Reading payments and invoices', recordsDone: 0 });
  await breathe();
  throwIfCancelled(signal);
  let input: EngineInput | null = full ? null : loadAffected(db, dirty, INCREMENTAL_LIMIT);
  if (!input) {
    full = true;
    input = loadAll(db);
  }
  const records = input.invoices.length + input.payments.length;

  progress({ phase: 'Matching', recordsDone: 0, recordsTotal: records });
  await breathe();
  throwIfCancelled(signal);
  const result = reconcile(input);
  const drafts = itemDrafts(result);

  progress({ phase: 'Saving', recordsDone: records, recordsTotal: records });
  await breathe();
  throwIfCancelled(signal);
  const evaluated = full ? ('all' as const) : evaluatedKeys(input);
  const now = options.now();
  const changed = db.transaction(() => {
    const count = persistItems(db, drafts, { evaluated, now, count: result.invoices.length + result.orphans.length });
    clearDirty(db, dirty);
    return count;
  });

  const run: ReconRun = {
    finishedAt: options.now().toISOString(),
    mode: full ? 'full' : 'incremental',
    invoicesEvaluated: input.invoices.length,
    paymentsEvaluated: input.payments.length,
    itemsChanged: changed,
    durationMs: Date.now() - started,
  };
  db.run(sql`INSERT INTO recon_runs (mode, finished_at, invoices_evaluated, payments_evaluated, items_changed, duration_ms)
             VALUES (${run.mode}, ${run.finishedAt}, ${run.invoicesEvaluated}, ${run.paymentsEvaluated}, ${run.itemsChanged}, ${run.durationMs})`);
  return run;
}

function evaluatedKeys(input: EngineInput): Set<string> {
  return new Set([...input.invoices.map((invoice) => invoiceKey(invoice.number)), ...input.payments.map((payment) => paymentKey(payment.id))]);
}

/** Lets the backend answer other calls and see a cancel between the heavy phases. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

