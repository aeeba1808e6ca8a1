import { describe, expect, it } from 'vitest';
import { formatDue, formatUntil, nextRetryText } from '../../../../renderer/src/pages/retransmissions/outbox-time';
import { eventRow, outboxRow } from './outbox-fixtures';

const now = Date.parse('2025-03-03T10:00:00.000Z');
const later = (ms: number): string => new Date(now + ms).toISOString();
const clock = { locale: 'en-GB', timeZone: 'UTC' };

describe('time until an automatic retry', () => {
  it('says how long until, in the largest whole unit', () => {
    expect(formatUntil(later(42_500), now)).toBe('in 42 s');
    expect(formatUntil(later(4 * 60_000 + 59_000), now)).toBe('in 4 min');
    expect(formatUntil(later(3 * 3_600_000), now)).toBe('in 3 h');
    expect(formatUntil(later(2 * 86_400_000 + 1), now)).toBe('in 2 d');
  });

  it('reads a time already reached as due now, never as a negative wait', () => {
    expect(formatUntil(later(0), now)).toBe('due now');
    expect(formatUntil(later(-90_000), now)).toBe('due now');
    expect(formatDue(later(-1), now, clock)).toBe('due now');
  });

  it('gives the clock time beside the wait', () => {
    expect(formatDue(later(90_000), now, clock)).toBe('in 1 min (10:01)');
  });

  it('says why a row will not go out by itself', () => {
    expect(nextRetryText(outboxRow({ state: 'failed', nextAttemptAt: later(30_000) }), now, clock)).toBe('in 30 s (10:00)');
    expect(nextRetryText(outboxRow({ state: 'dead' }), now)).toBe('none: retry by hand');
    expect(nextRetryText(outboxRow({ state: 'in_flight' }), now)).toBe('sending now');
    expect(nextRetryText(outboxRow({ state: 'succeeded' }), now)).toBe('—');
    expect(nextRetryText(outboxRow({ state: 'pending', nextAttemptAt: later(-5) }), now)).toBe('due now');
    expect(nextRetryText(outboxRow({ state: 'pending', nextAttemptAt: null }), now)).toBe('waiting for billing');
    expect(nextRetryText(eventRow({ state: 'pending', nextAttemptAt: null }), now)).toBe('waiting for the webhook endpoint');
  });
});
