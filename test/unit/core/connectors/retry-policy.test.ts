import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../../electron/core/connectors/retry/circuit-breaker';
import { RetryPolicy, type RetryPolicyOptions } from '../../../../electron/core/connectors/retry/retry-policy';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import { JobCancelledError } from '../../../../electron/core/jobs/job-context';

const ENDPOINT = 'GET /v1/charges';
const refused = new TransmissionError('connection', ENDPOINT, 'The connection was refused');

interface Harness {
  policy: RetryPolicy;
  sleeps: number[];
  recorded: TransmissionError[];
  breaker: CircuitBreaker;
}

function harness(overrides: Partial<RetryPolicyOptions> = {}, threshold = 100): Harness {
  const sleeps: number[] = [];
  const recorded: TransmissionError[] = [];
  const breaker = new CircuitBreaker('Gateway', { failureThreshold: threshold, coolDownMs: 60_000 });
  const policy = new RetryPolicy({
    breaker,
    onFailure: (failure) => recorded.push(failure),
    backoff: { baseDelayMs: 100, maxDelayMs: 1_000, maxAttempts: 4, maxRetryAfterMs: 5_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
  return { policy, sleeps, recorded, breaker };
}

/** An exchange that fails with each of `failures` in turn, then answers `value`. */
function flaky<T>(failures: TransmissionError[], value: T): () => Promise<T> {
  let calls = 0;
  return async () => {
    const failure = failures[calls];
    calls += 1;
    if (failure) throw failure;
    return value;
  };
}

const live = new AbortController().signal;

describe('RetryPolicy', () => {
  it('retries connection and system failures with growing jittered waits, recording each one', async () => {
    const { policy, sleeps, recorded } = harness();
    const unavailable = new TransmissionError('system', ENDPOINT, 'HTTP 500', 500);
    await expect(policy.run(ENDPOINT, flaky([refused, unavailable, refused], 'page'), live)).resolves.toBe('page');
    expect(sleeps).toEqual([50, 100, 200]);
    expect(recorded).toEqual([refused, unavailable, refused]);
  });

  it('honours Retry-After', async () => {
    const { policy, sleeps } = harness();
    const limited = new TransmissionError('system', ENDPOINT, 'HTTP 429', 429, 2_000);
    await policy.run(ENDPOINT, flaky([limited], 'page'), live);
    expect(sleeps).toEqual([2_050]);
  });

  it('stops at once on an integration failure and surfaces it', async () => {
    const { policy, sleeps, recorded } = harness();
    const auth = new TransmissionError('integration', ENDPOINT, 'HTTP 401: Invalid API Key provided', 401);
    await expect(policy.run(ENDPOINT, flaky([auth], 'page'), live)).rejects.toBe(auth);
    expect(sleeps).toEqual([]);
    expect(recorded).toEqual([auth]);
  });

  it('gives up after the last attempt with the last failure', async () => {
    const { policy, recorded } = harness();
    const last = new TransmissionError('connection', ENDPOINT, 'The request timed out');
    await expect(policy.run(ENDPOINT, flaky([refused, refused, refused, last], 'page'), live)).rejects.toBe(last);
    expect(recorded).toHaveLength(4);
  });

  it('throws the failure that opened the circuit, then fails fast without trying', async () => {
    const { policy, recorded, breaker } = harness({}, 2);
    await expect(policy.run(ENDPOINT, flaky([refused, refused, refused], 'page'), live)).rejects.toBe(refused);
    expect(breaker.state).toBe('open');
    let tried = false;
    const fastFailure = policy.run(ENDPOINT, async () => {
      tried = true;
      return 'page';
    }, live);
    await expect(fastFailure).rejects.toThrow(/Paused after 2 failed attempts in a row/);
    expect(tried).toBe(false);
    expect(recorded).toHaveLength(2);
  });

  it('turns a cancel during a wait or a request into JobCancelledError, not a partner failure', async () => {
    const controller = new AbortController();
    const { policy, recorded } = harness({
      sleep: async () => {
        controller.abort();
      },
    });
    await expect(policy.run(ENDPOINT, flaky([refused, refused], 'page'), controller.signal)).rejects.toBeInstanceOf(JobCancelledError);
    expect(recorded).toEqual([refused]);

    const inFlight = new AbortController();
    const second = harness();
    const request = second.policy.run(ENDPOINT, async () => {
      inFlight.abort();
      throw new TransmissionError('connection', ENDPOINT, 'The request timed out');
    }, inFlight.signal);
    await expect(request).rejects.toBeInstanceOf(JobCancelledError);
    expect(second.recorded).toEqual([]);
  });

  it('lets anything that is not a transmission failure through untouched', async () => {
    const { policy, recorded } = harness();
    const bug = new RangeError('a bug');
    await expect(policy.run(ENDPOINT, async () => Promise.reject(bug), live)).rejects.toBe(bug);
    expect(recorded).toEqual([]);
  });
});
