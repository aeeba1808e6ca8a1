import { expect } from 'vitest';
import { describeFaultMode } from './fault-case';

describeFaultMode('10% of responses cut off mid-body', {
  seed: 13,
  faults: { dropRate: 0.1 },
  check(failures) {
    expect(failures.length).toBeGreaterThan(10);
    expect(failures.every((failure) => failure.failure_class === 'connection' && failure.http_status === null)).toBe(true);
  },
});
