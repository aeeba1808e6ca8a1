import { expect } from 'vitest';
import { describeFaultMode } from './fault-case';

describeFaultMode('a limit of 40 requests a second (429 with Retry-After)', {
  seed: 12,
  faults: { rateLimitPerSecond: 40 },
  check(failures, summary) {
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure.failure_class === 'system' && failure.http_status === 429)).toBe(true);
    // Honouring Retry-After (whole seconds) keeps the rate near the limit instead of hammering.
    expect(summary.requests / (summary.durationMs / 1000)).toBeLessThan(80);
  },
});
