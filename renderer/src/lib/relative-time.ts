const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "12 s ago", "4 min ago", "3 h ago", "2 d ago". A time slightly in the future (the two clocks
 * disagree) reads as "0 s ago" rather than a confusing "in 1 s".
 */
export function formatRelative(isoInstant: string, nowMs: number): string {
  const thenMs = Date.parse(isoInstant);
  if (Number.isNaN(thenMs)) return 'at an unknown time';
  const elapsed = Math.max(0, nowMs - thenMs);
  if (elapsed < MINUTE) return `${Math.floor(elapsed / SECOND)} s ago`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  return `${Math.floor(elapsed / DAY)} d ago`;
}

/** The full local date and time, for a tooltip beside a relative time. */
export function formatAbsolute(isoInstant: string, locale?: string): string {
  const thenMs = Date.parse(isoInstant);
  if (Number.isNaN(thenMs)) return isoInstant;
  const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return `${local.format(thenMs)} (${isoInstant})`;
}

export interface ClockOptions {
  locale?: string;
  /** For tests; the computer's own zone otherwise. */
  timeZone?: string;
}

/**
 * A moment as a person would say it on the day: "14:32" today, "3 Mar, 14:32" earlier this
 * year, "3 Mar 2024, 14:32" before that.
 */
export function formatClock(isoInstant: string, nowMs: number, options: ClockOptions = {}): string {
  const thenMs = Date.parse(isoInstant);
  if (Number.isNaN(thenMs)) return isoInstant;
  const { locale, timeZone } = options;
  const day = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' });
  const year = new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(thenMs);
  if (day.format(thenMs) === day.format(nowMs)) return time;
  const withYear = year.format(thenMs) !== year.format(nowMs);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: withYear ? 'numeric' : undefined,
  }).format(thenMs);
  return `${date}, ${time}`;
}

/** "14:32 (3 min ago)": the clock time to act on, the age to judge it by. */
export function formatSince(isoInstant: string, nowMs: number, options: ClockOptions = {}): string {
  return `${formatClock(isoInstant, nowMs, options)} (${formatRelative(isoInstant, nowMs)})`;
}
