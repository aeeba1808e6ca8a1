import type { TransmissionError } from '../transmission-error';

/** How hard Paydesk tries before it gives up on one request. */
export interface BackoffSettings {
  /** The first retry waits up to this long; each later one up to twice the previous bound. */
  baseDelayMs: number;
  /** No single wait is ever longer than this (except what a partner's Retry-After asks for). */
  maxDelayMs: number;
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /**
   * The longest Retry-After we sit out. A partner asking for more (a maintenance window) is
   * reported at once with its time, rather than freezing the job for minutes.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = {
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxAttempts: 5,
  // Rate limits ask for seconds; a maintenance window announces half a minute or more, and a
  // person is better told so at once than left watching a job that waits.
  maxRetryAfterMs: 20_000,
};

/**
 * "Full jitter": a uniformly random wait between zero and the capped exponential bound. Clients
 * that failed together then retry at spread-out times instead of stampeding back in step.
 * `retry` counts from 1 (the wait before the second attempt).
 */
export function fullJitterDelay(retry: number, settings: BackoffSettings, random: () => number): number {
  const bound = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * bound);
}

/**
 * How long to wait before retrying after `failure`, or null when retrying cannot help or the
 * attempts are used up. Integration failures never retry: the same request gets the same answer.
 * A Retry-After is honoured as the minimum wait.
 */
export function retryDelay(
  failure: TransmissionError,
  attemptsMade: number,
  settings: BackoffSettings,
  random: () => number,
): number | null {
  switch (failure.failureClass) {
    case 'integration':
      return null;
    case 'connection':
    case 'system': {
      if (attemptsMade >= settings.maxAttempts) return null;
      const jitter = fullJitterDelay(attemptsMade, settings, random);
      if (failure.retryAfterMs === null) return jitter;
      if (failure.retryAfterMs > settings.maxRetryAfterMs) return null;
      // A little jitter on top keeps clients told "1 second" from all returning in the same tick.
      return failure.retryAfterMs + Math.min(jitter, settings.baseDelayMs);
    }
  }
}
