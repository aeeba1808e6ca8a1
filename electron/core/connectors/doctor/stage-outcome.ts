import type { FailureClass } from '../../../../shared/domain/failure-class';

/** What one step of the doctor found. A failure carries its class and what the user should do. */
export type StageOutcome =
  | { status: 'passed' | 'skipped'; detail: string; durationMs: number | null }
  | { status: 'failed'; detail: string; durationMs: number | null; failureClass: FailureClass; advice: string };

export function passed(detail: string, durationMs: number | null): StageOutcome {
  return { status: 'passed', detail, durationMs };
}

export function skipped(detail: string): StageOutcome {
  return { status: 'skipped', detail, durationMs: null };
}

export function failed(detail: string, durationMs: number | null, failureClass: FailureClass, advice: string): StageOutcome {
  return { status: 'failed', detail, durationMs, failureClass, advice };
}

/** Milliseconds since `started` (a performance.now() reading), whole and never negative. */
export function elapsedSince(started: number): number {
  return Math.max(0, Math.round(performance.now() - started));
}

/** Rejects with a TimeoutError-named error after `ms`, so callers can race a step that cannot be cancelled. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`${what} did not finish within ${formatSeconds(ms)}`);
      error.name = 'TimeoutError';
      reject(error);
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
