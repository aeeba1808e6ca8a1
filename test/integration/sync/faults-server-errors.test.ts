import { expect } from 'vitest';
import { describeFaultMode } from './fault-case';

describeFaultMode('a 25% rate of 500 and 502 answers', {
  seed: 11,
  faults: { serverErrorRate: 0.25 },
  check(failures) {
    expect(failures.length).toBeGreaterThan(50);
    expect(failures.every((failure) => failure.failure_class === 'system')).toBe(true);
    expect(new Set(failures.map((failure) => failure.http_status))).toEqual(new Set([500, 502]));
  },
});
