import type { JobProgress } from '../../../shared/contract/jobs';
import type {
  BulkDecision,
  Candidate,
  Decision,
  DecisionOutcome,
  ItemDetail,
  ItemFilter,
  ItemPage,
  ItemSort,
  ReconRun,
  ReconSummary,
} from '../../../shared/contract/reconcile';
import { ApiError } from '../../../shared/contract/errors';
import type { TableName } from '../../../shared/contract/tables';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { JobContext, JobOutcome } from '../jobs/job-context';
import type { JobRegistry } from '../jobs/job-registry';
import { redactRecord, redactText } from '../redact/redact-card-data';
import { applyBulk, applyDecision, undoLatest, type DecisionContext } from './decisions/decide';
import { findCandidates, type CandidateSearch } from './items/candidates';
import { itemDetail } from './items/item-detail';
import { classTotals, listItems } from './items/item-query';
import { runReconciliation } from './run-reconciliation';
import { isFullRunOwed } from './store/dirty';

export interface ReconServiceOptions {
  db: Database;
  jobs: JobRegistry;
  /** Who decides, asked at each decision: the chosen operator profile, else the OS user. */
  actor: () => string;
  now?: () => Date;
  /** Tells the UI which tables changed outside a job. */
  announce: (tables: TableName[]) => void;
}

/** What reconciliation results depend on and change. */
export const RESULT_TABLES: TableName[] = ['exceptions', 'match_links', 'recon_decisions', 'recon_runs'];

/** What a person's decision changes: the results, and the audit trail that records it. */
const DECISION_TABLES: TableName[] = [...RESULT_TABLES, 'audit_log'];

/** Reconciliation for one workspace: runs, the workbench's reads, and people's decisions. */
export class ReconService {
  private readonly db: Database;
  private readonly now: () => Date;
  /** Runs one at a time: a decision's re-run waits for a sync's run rather than racing it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ReconServiceOptions) {
    this.db = options.db;
    this.now = options.now ?? ((): Date => new Date());
  }

  summary(filter: ItemFilter): ReconSummary {
    const now = this.now();
    const last = this.db.get<{ finished_at: string; mode: 'full' | 'incremental'; invoices_evaluated: number; payments_evaluated: number; items_changed: number; duration_ms: number }>(
      sql`SELECT * FROM recon_runs ORDER BY id DESC LIMIT 1`,
    );
    const pending = this.pending();
    return {
      totals: classTotals(this.db, filter, now),
      lastRun: last
        ? { finishedAt: last.finished_at, mode: last.mode, invoicesEvaluated: last.invoices_evaluated, paymentsEvaluated: last.payments_evaluated, itemsChanged: last.items_changed, durationMs: last.duration_ms }
        : null,
      pending,
    };
  }

  /** Changes since the last run wait to be reconciled (or no run has happened yet). */
  pending(): boolean {
    return isFullRunOwed(this.db) || this.db.get(sql`SELECT 1 FROM recon_dirty LIMIT 1`) !== undefined;
  }

  /** Something to reconcile is waiting: changes, or a first run over records already there. */
  needsRun(): boolean {
    return this.pending() && this.db.get(sql`SELECT 1 FROM payments UNION ALL SELECT 1 FROM invoices LIMIT 1`) !== undefined;
  }

  /** Tells the UI that reconciliation results changed outside a run (a period closed, say). */
  announce(tables: TableName[]): void {
    this.options.announce(tables);
  }

  list(filter: ItemFilter, sort: ItemSort, offset: number, limit: number): ItemPage {
    return listItems(this.db, filter, sort, offset, limit, this.now());
  }

  item(key: string): ItemDetail {
    return itemDetail(this.db, key, this.now());
  }

  /** The stored source record, already redacted when it was written. */
  raw(entity: 'invoice' | 'payment', id: string): { json: string } {
    const row =
      entity === 'invoice'
        ? this.db.get<{ raw_json: string }>(sql`SELECT raw_json FROM invoices WHERE number = ${id}`)
        : this.db.get<{ raw_json: string }>(sql`SELECT raw_json FROM payments WHERE id = ${id}`);
    if (!row) throw new ApiError('not_found', `There is no ${entity} ${id}.`);
    return { json: JSON.stringify(JSON.parse(row.raw_json), null, 2) };
  }

  candidates(search: CandidateSearch): Candidate[] {
    return findCandidates(this.db, search, this.now());
  }

  async decide(decision: Decision): Promise<DecisionOutcome> {
    const { outcome, dirty } = applyDecision(this.decisionContext(), redactRecord(decision));
    if (dirty.length > 0) await this.reconcileChanges();
    this.options.announce(DECISION_TABLES);
    return outcome;
  }

  bulk(bulk: BulkDecision): DecisionOutcome {
    const outcome = applyBulk(this.decisionContext(), { ...bulk, remark: redactText(bulk.remark) });
    this.options.announce(DECISION_TABLES);
    return outcome;
  }

  async undo(): Promise<DecisionOutcome | null> {
    const undone = undoLatest(this.decisionContext());
    if (!undone) return null;
    if (undone.dirty.length > 0) await this.reconcileChanges();
    this.options.announce(DECISION_TABLES);
    return undone.outcome;
  }

  /** A run as a job the UI can follow and cancel. */
  start(full: boolean): JobProgress {
    const running = this.options.jobs.runningOfKind('reconcile');
    if (running) return running;
    return this.options.jobs.start('reconcile', full ? 'Reconcile everything' : 'Reconcile changes', async (job) => {
      const run = await this.serialized(() => runReconciliation(this.db, { now: this.now, signal: job.signal, onProgress: (update) => job.progress(update), full }));
      return { message: describeRun(run), summary: run, tables: RESULT_TABLES };
    });
  }

  /**
   * Reconciles what a sync or import changed, as the last step of that job: its outcome then
   * says what reconciliation found too.
   */
  async afterJob(outcome: JobOutcome, job: JobContext): Promise<JobOutcome> {
    const run = await this.reconcileChanges(job);
    if (!run) return outcome;
    return { ...outcome, message: `${outcome.message} ${describeRun(run)}`, tables: [...outcome.tables, ...RESULT_TABLES] };
  }

  /** Reconciles what changed outside a job (a payment the outbox recorded) and tells the UI. */
  async reconcileLatest(): Promise<void> {
    const run = await this.reconcileChanges();
    if (run) this.options.announce(RESULT_TABLES);
  }

  private reconcileChanges(job?: JobContext): Promise<ReconRun | null> {
    return this.serialized(() =>
      runReconciliation(this.db, {
        now: this.now,
        ...(job ? { signal: job.signal, onProgress: (update) => job.progress(update) } : {}),
      }),
    );
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private decisionContext(): DecisionContext {
    return { db: this.db, actor: this.options.actor(), now: this.now };
  }
}

function describeRun(run: ReconRun | null): string {
  if (!run) return 'Reconciliation: nothing had changed.';
  const evaluated = run.invoicesEvaluated + run.paymentsEvaluated;
  return `Reconciled ${evaluated.toLocaleString('en-US')} records (${run.mode}); ${run.itemsChanged.toLocaleString('en-US')} items changed.`;
}
