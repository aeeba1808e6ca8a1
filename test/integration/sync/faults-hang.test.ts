import { expect } from 'vitest';
import { describeFaultMode } from './fault-case';

describeFaultMode('1.5% of requests committed and never answered', {
  seed: 14,
  faults: { hangRate: 0.015 },
  // A hung request costs a whole timeout: short here, so the test stays quick.
  options: { timeoutMs: 1_500 },
  check(failures) {
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure.failure_class === 'connection')).toBe(true);
    expect(failures.some((failure) => /did not answer in time|timed out/.test(failure.message))).toBe(true);
  },
});
