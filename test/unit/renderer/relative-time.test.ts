import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatClock, formatRelative, formatSince } from '../../../renderer/src/lib/relative-time';

const at = '2025-03-01T12:00:00Z';
const base = Date.parse(at);

describe('formatRelative', () => {
  it('counts seconds, minutes, hours and days', () => {
    expect(formatRelative(at, base)).toBe('0 s ago');
    expect(formatRelative(at, base + 12_400)).toBe('12 s ago');
    expect(formatRelative(at, base + 59_999)).toBe('59 s ago');
    expect(formatRelative(at, base + 60_000)).toBe('1 min ago');
    expect(formatRelative(at, base + 3_599_000)).toBe('59 min ago');
    expect(formatRelative(at, base + 3_600_000)).toBe('1 h ago');
    expect(formatRelative(at, base + 86_400_000 * 3)).toBe('3 d ago');
  });

  it('reads a time slightly in the future as just now', () => {
    expect(formatRelative(at, base - 2_000)).toBe('0 s ago');
  });

  it('does not invent a time for an unreadable instant', () => {
    expect(formatRelative('not a time', base)).toBe('at an unknown time');
  });
});

describe('formatAbsolute', () => {
  it('keeps the exact UTC instant beside the local time', () => {
    expect(formatAbsolute(at, 'en-GB')).toContain('(2025-03-01T12:00:00Z)');
    expect(formatAbsolute('garbage')).toBe('garbage');
  });
});

describe('formatClock and formatSince', () => {
  const utc = { locale: 'en-GB', timeZone: 'UTC' };

  it('gives the time alone today, the day before that, and the year for another year', () => {
    expect(formatClock('2025-03-01T09:05:00Z', base, utc)).toBe('09:05');
    expect(formatClock('2025-02-27T09:05:00Z', base, utc)).toBe('27 Feb, 09:05');
    expect(formatClock('2024-12-31T23:00:00Z', base, utc)).toBe('31 Dec 2024, 23:00');
  });

  it('decides "today" in the reader\'s time zone', () => {
    // 23:30 UTC on 28 Feb is already 1 March in Tokyo.
    expect(formatClock('2025-02-28T23:30:00Z', base, { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('08:30');
  });

  it('puts the age beside the clock time', () => {
    expect(formatSince('2025-03-01T11:57:00Z', base, utc)).toBe('11:57 (3 min ago)');
    expect(formatClock('garbage', base, utc)).toBe('garbage');
  });
});
