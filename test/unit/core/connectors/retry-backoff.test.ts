import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, fullJitterDelay, retryDelay, type BackoffSettings } from '../../../../electron/core/connectors/retry/backoff';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';

const settings: BackoffSettings = { baseDelayMs: 100, maxDelayMs: 2_000, maxAttempts: 5, maxRetryAfterMs: 10_000 };
const refused = new TransmissionError('connection', 'GET /v1/charges', 'The connection was refused');

describe('fullJitterDelay', () => {
  it('draws uniformly between zero and base·2^(retry−1), capped', () => {
    expect([1, 2, 3, 4, 5, 6].map((retry) => fullJitterDelay(retry, settings, () => 0.999999))).toEqual([99, 199, 399, 799, 1599, 1999]);
    expect(fullJitterDelay(3, settings, () => 0)).toBe(0);
    expect(fullJitterDelay(3, settings, () => 0.5)).toBe(200);
  });

  it('never exceeds the cap nor goes below zero, whatever the draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, draw) => {
        const delay = fullJitterDelay(retry, settings, () => draw);
        return delay >= 0 && delay <= settings.maxDelayMs && Number.isInteger(delay);
      }),
    );
  });
});

describe('retryDelay', () => {
  it('retries connection and system failures until the attempts are used up', () => {
    const system = new TransmissionError('system', 'GET /Invoices', 'HTTP 500', 500);
    expect(retryDelay(refused, 1, settings, () => 0.5)).toBe(50);
    expect(retryDelay(system, 4, settings, () => 0.5)).toBe(400);
    expect(retryDelay(refused, 5, settings, () => 0.5)).toBeNull();
  });

  it('never retries an integration failure: the same request would get the same answer', () => {
    const drift = new TransmissionError('integration', 'GET /v1/charges', 'field amount is missing', 200);
    expect(retryDelay(drift, 1, settings, () => 0.5)).toBeNull();
  });

  it('waits at least what Retry-After asks, with a little jitter on top', () => {
    const limited = new TransmissionError('system', 'GET /v1/charges', 'HTTP 429', 429, 3_000);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (draw) => {
        const delay = retryDelay(limited, 1, settings, () => draw);
        return delay !== null && delay >= 3_000 && delay <= 3_000 + settings.baseDelayMs;
      }),
    );
  });

  it('gives up at once when Retry-After is longer than a job should sit and wait', () => {
    const maintenance = new TransmissionError('system', 'GET /v1/charges', 'HTTP 503', 503, 30_000);
    expect(retryDelay(maintenance, 1, settings, () => 0.5)).toBeNull();
    expect(retryDelay(maintenance, 1, { ...settings, maxRetryAfterMs: 60_000 }, () => 0.5)).toBeGreaterThanOrEqual(30_000);
  });

  it('has defaults fit for real partners', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseDelayMs: 500, maxDelayMs: 20_000, maxAttempts: 5, maxRetryAfterMs: 20_000 });
  });
});
