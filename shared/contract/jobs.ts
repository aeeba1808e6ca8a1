import { z } from 'zod';
import { FailureClass } from '../domain/failure-class';
import { UtcInstant } from '../domain/time';

export const JobId = z.string().regex(/^job_[A-Za-z0-9_-]{6,64}$/, 'a job id');

export const JobKind = z.enum(['sync', 'import', 'connect', 'reconcile']);
export type JobKind = z.infer<typeof JobKind>;

export const JobState = z.enum(['running', 'succeeded', 'failed', 'cancelled']);
export type JobState = z.infer<typeof JobState>;

/** A long piece of work (sync, import) as the UI and CLI see it while it runs and after. */
export const JobProgress = z.object({
  jobId: JobId,
  kind: JobKind,
  title: z.string(),
  state: JobState,
  /** What it is doing now, in words: "Payment intents", "Reading file", "Saving". */
  phase: z.string(),
  recordsDone: z.number().int().nonnegative(),
  recordsTotal: z.number().int().nonnegative().nullable(),
  pagesDone: z.number().int().nonnegative(),
  ratePerSecond: z.number().nonnegative().nullable(),
  etaSeconds: z.number().nonnegative().nullable(),
  startedAt: UtcInstant,
  finishedAt: UtcInstant.nullable(),
  /** The final summary, or what went wrong. */
  message: z.string().nullable(),
  failureClass: FailureClass.nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;
