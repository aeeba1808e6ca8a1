import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { JobKind, JobProgress } from '../../../shared/contract/jobs';
import { TableName } from '../../../shared/contract/tables';
import type { EventBus } from '../api/event-bus';
import { TransmissionError } from '../connectors/transmission-error';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactedJson, redactText } from '../redact/redact-card-data';
import type { Logger } from '../util/logger';
import { JobCancelledError, type JobContext, type JobOutcome, type ProgressUpdate } from './job-context';

const PROGRESS_EVERY_MS = 250;

interface RunningJob {
  progress: JobProgress;
  controller: AbortController;
  lastEmitted: number;
  done: Promise<JobProgress>;
}

/**
 * Runs long work off the request that started it, pushes its progress as `job.progress` events
 * (at most a few a second), lets it be cancelled, and keeps a record of every run.
 */
export class JobRegistry {
  private readonly running = new Map<string, RunningJob>();

  constructor(
    private readonly db: Database,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    // A run still marked running was cut off by a crash or a kill: say so instead of leaving it.
    this.db.run(sql`
      UPDATE job_runs SET state = 'failed', finished_at = ${this.now().toISOString()},
        message = 'Interrupted: Paydesk stopped while this was running. Run it again; it continues where it left off.'
      WHERE state = 'running'`);
  }

  start(kind: JobKind, givenTitle: string, work: (context: JobContext) => Promise<JobOutcome>): JobProgress {
    // A title names a file, a message quotes a partner or a bad cell: either may hold a card number.
    const title = redactText(givenTitle);
    const jobId = `job_${randomBytes(9).toString('base64url')}`;
    const startedAt = this.now().toISOString();
    const progress: JobProgress = {
      jobId,
      kind,
      title,
      state: 'running',
      phase: 'Starting',
      recordsDone: 0,
      recordsTotal: null,
      pagesDone: 0,
      ratePerSecond: null,
      etaSeconds: null,
      startedAt,
      finishedAt: null,
      message: null,
      failureClass: null,
    };
    this.db.run(sql`INSERT INTO job_runs (id, kind, title, state, started_at) VALUES (${jobId}, ${kind}, ${title}, 'running', ${startedAt})`);
    const controller = new AbortController();
    const job: RunningJob = { progress, controller, lastEmitted: 0, done: Promise.resolve(progress) };
    this.running.set(jobId, job);
    const context: JobContext = { signal: controller.signal, progress: (update) => this.update(job, update) };
    job.done = this.run(job, work, context);
    this.emit(job);
    return { ...progress };
  }

  /** The running job of a kind, if any. */
  runningOfKind(kind: JobKind): JobProgress | undefined {
    const job = [...this.running.values()].find((candidate) => candidate.progress.kind === kind);
    return job && { ...job.progress };
  }

  cancel(jobId: string): JobProgress | undefined {
    const job = this.running.get(jobId);
    if (!job) return this.find(jobId);
    job.controller.abort();
    return { ...job.progress };
  }

  /** Running jobs and the most recent finished ones, newest first. */
  list(limit = 20): JobProgress[] {
    const running = [...this.running.values()].map((job) => ({ ...job.progress }));
    const finished = this.db
      .all<JobRunRow>(sql`SELECT * FROM job_runs WHERE state != 'running' ORDER BY started_at DESC LIMIT ${limit}`)
      .map(fromRow);
    return [...running.reverse(), ...finished].slice(0, limit);
  }

  /** Waits for a job to finish (tests and the CLI). */
  async settled(jobId: string): Promise<JobProgress | undefined> {
    const job = this.running.get(jobId);
    return job ? job.done : this.find(jobId);
  }

  /** Cancels everything still running and waits for it to stop. */
  async stopAll(): Promise<void> {
    const jobs = [...this.running.values()];
    for (const job of jobs) job.controller.abort();
    await Promise.allSettled(jobs.map((job) => job.done));
  }

  private find(jobId: string): JobProgress | undefined {
    const row = this.db.get<JobRunRow>(sql`SELECT * FROM job_runs WHERE id = ${jobId}`);
    return row && fromRow(row);
  }

  private async run(job: RunningJob, work: (context: JobContext) => Promise<JobOutcome>, context: JobContext): Promise<JobProgress> {
    let outcome: JobOutcome | null = null;
    let partialTables: TableName[] = [];
    try {
      outcome = await work(context);
      this.finish(job, 'succeeded', outcome.message, null);
    } catch (error) {
      partialTables = tablesChangedBefore(error);
      if (error instanceof JobCancelledError || job.controller.signal.aborted) {
        this.finish(job, 'cancelled', 'Cancelled. Everything saved before the cancel is kept; the next run continues from there.', null);
      } else if (error instanceof TransmissionError) {
        this.finish(job, 'failed', error.message, error.failureClass);
      } else {
        this.logger.error(`${job.progress.title} failed`, error);
        this.finish(job, 'failed', error instanceof Error ? error.message : String(error), null);
      }
    }
    this.db.run(sql`
      UPDATE job_runs SET state = ${job.progress.state}, message = ${job.progress.message},
        failure_class = ${job.progress.failureClass}, finished_at = ${job.progress.finishedAt},
        records_done = ${job.progress.recordsDone}, pages_done = ${job.progress.pagesDone},
        summary_json = ${outcome ? redactedJson(outcome.summary ?? null) : null}
      WHERE id = ${job.progress.jobId}`);
    this.running.delete(job.progress.jobId);
    this.emit(job);
    const changed = outcome ? outcome.tables : partialTables;
    if (changed.length > 0) this.bus.emit('data.changed', { tables: changed });
    return { ...job.progress };
  }

  private update(job: RunningJob, update: ProgressUpdate): void {
    const progress = job.progress;
    progress.phase = update.phase;
    progress.recordsDone = update.recordsDone;
    if (update.recordsTotal !== undefined) progress.recordsTotal = update.recordsTotal;
    if (update.pagesDone !== undefined) progress.pagesDone = update.pagesDone;
    const elapsed = (this.now().getTime() - Date.parse(progress.startedAt)) / 1000;
    progress.ratePerSecond = elapsed > 0.5 ? progress.recordsDone / elapsed : null;
    progress.etaSeconds =
      progress.ratePerSecond && progress.recordsTotal !== null
        ? Math.max(0, (progress.recordsTotal - progress.recordsDone) / progress.ratePerSecond)
        : null;
    const nowMs = this.now().getTime();
    if (nowMs - job.lastEmitted >= PROGRESS_EVERY_MS) this.emit(job);
  }

  private finish(job: RunningJob, state: JobProgress['state'], message: string, failureClass: JobProgress['failureClass']): void {
    Object.assign(job.progress, { state, message: redactText(message), failureClass, finishedAt: this.now().toISOString(), etaSeconds: null });
  }

  private emit(job: RunningJob): void {
    job.lastEmitted = this.now().getTime();
    this.bus.emit('job.progress', { ...job.progress });
  }
}

/** Work that fails part-way may have committed pages first; it says which tables in `tables`. */
function tablesChangedBefore(error: unknown): TableName[] {
  if (typeof error !== 'object' || error === null || !('tables' in error)) return [];
  const tables = z.array(TableName).safeParse(error.tables);
  return tables.success ? tables.data : [];
}

interface JobRunRow {
  id: string;
  kind: JobKind;
  title: string;
  state: JobProgress['state'];
  message: string | null;
  failure_class: JobProgress['failureClass'];
  records_done: number;
  pages_done: number;
  started_at: string;
  finished_at: string | null;
}

function fromRow(row: JobRunRow): JobProgress {
  return {
    jobId: row.id,
    kind: row.kind,
    title: row.title,
    state: row.state,
    phase: 'Finished',
    recordsDone: row.records_done,
    recordsTotal: null,
    pagesDone: row.pages_done,
    ratePerSecond: null,
    etaSeconds: null,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    message: row.message,
    failureClass: row.failure_class,
  };
}
