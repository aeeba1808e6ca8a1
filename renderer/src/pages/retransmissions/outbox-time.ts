import type { OutboxRow } from '../../../../shared/contract/outbox';
import { assertNever } from '../../lib/assert-never';
import { formatClock, type ClockOptions } from '../../lib/relative-time';
import { recipientOf } from './outbox-kind';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A time ahead, "in 12 s", "in 4 min", "in 3 h", "in 2 d"; one already reached reads "due now"
 * (relative-time.ts says how long ago, this says how long until).
 */
export function formatUntil(isoInstant: string, nowMs: number): string {
  const thenMs = Date.parse(isoInstant);
  if (Number.isNaN(thenMs)) return 'at an unknown time';
  const ahead = thenMs - nowMs;
  if (ahead < SECOND) return 'due now';
  if (ahead < MINUTE) return `in ${Math.floor(ahead / SECOND)} s`;
  if (ahead < HOUR) return `in ${Math.floor(ahead / MINUTE)} min`;
  if (ahead < DAY) return `in ${Math.floor(ahead / HOUR)} h`;
  return `in ${Math.floor(ahead / DAY)} d`;
}

/** "in 42 s (14:32)": how long to wait, and the clock time to expect it. */
export function formatDue(isoInstant: string, nowMs: number, options: ClockOptions = {}): string {
  const until = formatUntil(isoInstant, nowMs);
  return until === 'due now' ? until : `${until} (${formatClock(isoInstant, nowMs, options)})`;
}

/** When the row goes out again by itself, or why it will not. */
export function nextRetryText(row: Pick<OutboxRow, 'kind' | 'state' | 'nextAttemptAt'>, nowMs: number, options: ClockOptions = {}): string {
  switch (row.state) {
    case 'pending':
      return row.nextAttemptAt === null ? `waiting for ${recipientOf(row.kind)}` : formatDue(row.nextAttemptAt, nowMs, options);
    case 'in_flight':
      return 'sending now';
    case 'failed':
      return row.nextAttemptAt === null ? 'none: retry by hand' : formatDue(row.nextAttemptAt, nowMs, options);
    case 'dead':
      return 'none: retry by hand';
    case 'succeeded':
    case 'cancelled':
      return '—';
    default:
      return assertNever(row.state);
  }
}
