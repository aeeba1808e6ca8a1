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
