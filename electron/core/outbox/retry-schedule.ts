import type { FailureClass } from '../../../shared/domain/failure-class';

/** How patiently each kind of failure is retried by itself. */
export interface RetrySchedule {
  /** The first automatic retry waits up to this long; each later bound doubles, up to maxDelayMs. */
  baseDelayMs: Record<Exclude<FailureClass, 'integration'>, number>;
  maxDelayMs: number;
  /** Attempts in all before a row is dead-lettered. */
  maxAttempts: number;
}

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  // A dropped connection often comes back within a minute; a partner that is unwell (5xx,
  // maintenance, rate limit) is given longer before it is asked again.
  baseDelayMs: { connection: 30_000, system: 60_000 },
  maxDelayMs: 60 * 60_000,
  maxAttempts: 8,
};

export type NextStep = { state: 'failed'; nextAttemptAt: Date } | { state: 'dead'; why: string };

/**
 * What follows a failed attempt: an automatic retry after an exponential, fully jittered wait
 * (at least what the partner's Retry-After asked), or the dead-letter queue — at once for an
 * integration failure, which a person must fix, and after the last allowed attempt otherwise.
 */
export function nextStepAfter(
  failure: { failureClass: FailureClass; retryAfterMs: number | null },
  attemptsMade: number,
  maxAttempts: number,
  schedule: RetrySchedule,
  now: Date,
  random: () => number,
): NextStep {
  if (failure.failureClass === 'integration') return { state: 'dead', why: 'billing refused the request: retrying the same request will not help' };
  if (attemptsMade >= maxAttempts) return { state: 'dead', why: `gave up after ${attemptsMade} attempts` };
  const bound = Math.min(schedule.maxDelayMs, schedule.baseDelayMs[failure.failureClass] * 2 ** Math.max(0, attemptsMade - 1));
  const delay = Math.max(failure.retryAfterMs ?? 0, Math.floor(random() * bound));
  return { state: 'failed', nextAttemptAt: new Date(now.getTime() + delay) };
}

/** When a connection comes back, failed rows are retried soon, spread over this window so they do not stampede. */
export function soonAfterRecovery(now: Date, random: () => number, spreadMs = 5_000): Date {
  return new Date(now.getTime() + Math.floor(random() * spreadMs));
}
