import { describe, expect, it } from 'vitest';
import { FailedTokenLimiter } from '../../../electron/server/failed-token-limiter';

function limiterAt(start: number) {
  const clock = { ms: start };
  return { clock, limiter: new FailedTokenLimiter({ maxFailures: 2, windowMs: 10_000 }, () => clock.ms) };
}

describe('FailedTokenLimiter', () => {
  it('lets tokens be compared until the limit, then asks to wait until the window of the first failure ends', () => {
    const { clock, limiter } = limiterAt(1_000);
    limiter.recordFailure();
    expect(limiter.retryAfterSeconds()).toBe(0);
    clock.ms += 2_500;
    limiter.recordFailure();
    expect(limiter.retryAfterSeconds()).toBe(8);
    clock.ms += 7_400;
    expect(limiter.retryAfterSeconds()).toBe(1);
    clock.ms += 100;
    expect(limiter.retryAfterSeconds()).toBe(0);
  });

  it('starts a fresh window for a failure after the old one ended', () => {
    const { clock, limiter } = limiterAt(0);
    limiter.recordFailure();
    clock.ms += 10_000;
    limiter.recordFailure();
    expect(limiter.retryAfterSeconds()).toBe(0);
    clock.ms += 1_000;
    limiter.recordFailure();
    expect(limiter.retryAfterSeconds()).toBe(9);
  });
});
