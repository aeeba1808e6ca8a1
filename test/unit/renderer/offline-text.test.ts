import { describe, expect, it } from 'vitest';
import type { ConnectorSummary, TransmissionFailure } from '../../../shared/contract/connectors';
import { offlineParts, offlineWord } from '../../../renderer/src/app/offline-text';

const now = Date.parse('2025-03-01T14:35:00Z');
const clock = { locale: 'en-GB', timeZone: 'UTC' };

function connector(id: string, name: string, failing: { since: string | null; failure: TransmissionFailure['failureClass'] | null } | null): ConnectorSummary {
  return {
    id,
    kind: 'gateway',
    name,
    mode: 'sandbox',
    baseUrl: 'http://127.0.0.1:1',
    dataAsOf: null,
    health: {
      state: failing ? 'failing' : 'healthy',
      checkedAt: null,
      latencyMs: null,
      lastSuccessAt: null,
      failingSince: failing?.since ?? null,
      lastFailure:
        failing?.failure == null
          ? null
          : { failureClass: failing.failure, endpoint: 'GET /', httpStatus: null, message: 'x', occurredAt: '2025-03-01T14:30:00Z' },
    },
  };
}

describe('the offline banner', () => {
  it('is empty while every partner answers', () => {
    expect(offlineParts([connector('gateway', 'Gateway', null)], now, clock)).toEqual([]);
  });

  it('names each failing partner, since when, and how long ago', () => {
    const parts = offlineParts(
      [
        connector('gateway', 'Sandbox payment gateway', { since: '2025-03-01T14:32:00Z', failure: 'connection' }),
        connector('billing', 'Sandbox billing system', { since: '2025-02-27T09:05:00Z', failure: 'system' }),
        connector('other', 'Other', { since: null, failure: null }),
      ],
      now,
      clock,
    );
    expect(parts).toEqual([
      { id: 'gateway', text: 'Sandbox payment gateway unreachable since 14:32', age: '(3 min ago)' },
      { id: 'billing', text: 'Sandbox billing system having problems since 27 Feb, 09:05', age: '(2 d ago)' },
      { id: 'other', text: 'Other unreachable', age: null },
    ]);
  });

  it('words each failure class', () => {
    expect(offlineWord('connection')).toBe('unreachable');
    expect(offlineWord('integration')).toBe('refusing requests');
    expect(offlineWord(null)).toBe('unreachable');
  });
});
