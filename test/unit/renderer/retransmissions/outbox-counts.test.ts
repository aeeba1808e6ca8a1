import { describe, expect, it } from 'vitest';
import type { StateCount } from '../../../../shared/contract/outbox';
import { attentionByClass, countByState, totalCount } from '../../../../renderer/src/pages/retransmissions/outbox-counts';

const counts: StateCount[] = [
  { state: 'failed', failureClass: 'system', count: 3 },
  { state: 'failed', failureClass: 'connection', count: 1 },
  { state: 'dead', failureClass: 'integration', count: 2 },
  { state: 'dead', failureClass: 'system', count: 1 },
  // Succeeded after a failure: no longer wrong, so its class is not counted.
  { state: 'succeeded', failureClass: 'connection', count: 5 },
  { state: 'succeeded', failureClass: null, count: 10 },
];

describe('the queue summary', () => {
  it('adds up each state across failure classes, every state present', () => {
    expect(countByState(counts)).toEqual({ pending: 0, in_flight: 0, failed: 4, dead: 3, succeeded: 15, cancelled: 0 });
  });

  it('counts failure classes among failed and dead rows only', () => {
    expect(attentionByClass(counts)).toEqual({ connection: 1, system: 4, integration: 2 });
  });

  it('counts every row once', () => {
    expect(totalCount(counts)).toBe(22);
    expect(totalCount([])).toBe(0);
  });
});
