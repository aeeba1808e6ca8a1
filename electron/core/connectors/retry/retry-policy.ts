import { JobCancelledError } from '../../jobs/job-context';
import { TransmissionError } from '../transmission-error';
import { DEFAULT_BACKOFF, retryDelay, type BackoffSettings } from './backoff';
import type { CircuitBreaker } from './circuit-breaker';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface RetryEvent {
  failure: TransmissionError;
  /** Attempts made so far, the failed one included. */
  attempt: number;
  delayMs: number;
}

export interface RetryPolicyOptions {
  breaker: CircuitBreaker;
  /** Every failed exchange, including ones a later attempt recovers from. */
  onFailure: (failure: TransmissionError) => void;
  onRetry?: (event: RetryEvent) => void;
  backoff?: Partial<BackoffSettings>;
  sleep?: Sleep;
  random?: () => number;
}

/** Waits, or stops early (without throwing) when the signal aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Runs one exchange with a partner under Paydesk's retry rules: connection and system failures
 * back off exponentially with full jitter (honouring Retry-After), integration failures surface
 * at once, the connector's circuit breaker can refuse the request outright, and every failure is
 * recorded. Anything that is not a TransmissionError (a bug, a cancel) passes straight through.
 */
export class RetryPolicy {
  private readonly settings: BackoffSettings;
  private readonly sleep: Sleep;
  private readonly random: () => number;

  constructor(private readonly options: RetryPolicyOptions) {
    this.settings = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.sleep = options.sleep ?? abortableSleep;
    this.random = options.random ?? Math.random;
  }

  async run<T>(endpoint: string, attempt: () => Promise<T>, signal: AbortSignal): Promise<T> {
    const { breaker } = this.options;
    for (let attempts = 1; ; attempts += 1) {
      if (signal.aborted) throw new JobCancelledError();
      breaker.admit(endpoint);
      let failure: TransmissionError;
      try {
        const value = await attempt();
        breaker.recordSuccess();
        return value;
      } catch (error) {
        // An aborted request fails like a network error; it is a cancel, not the partner's fault.
        if (signal.aborted) throw new JobCancelledError();
        if (!(error instanceof TransmissionError)) throw error;
        failure = error;
      }
      breaker.recordFailure(failure);
      this.options.onFailure(failure);
      const delayMs = retryDelay(failure, attempts, this.settings, this.random);
      // Once the circuit opens, the failure that opened it says more than "paused" would.
      if (delayMs === null || breaker.state === 'open') throw failure;
      this.options.onRetry?.({ failure, attempt: attempts, delayMs });
      await this.sleep(delayMs, signal);
    }
  }
}
