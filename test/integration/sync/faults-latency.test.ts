import { expect } from 'vitest';
import { describeFaultMode } from './fault-case';

describeFaultMode('10 ms of added latency', {
  seed: 15,
  faults: { latencyMs: 10 },
  check(failures, summary) {
    expect(failures).toEqual([]);
    expect(summary.durationMs).toBeGreaterThan(summary.requests * 10);
  },
});
