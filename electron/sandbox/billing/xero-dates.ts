import { dateToMs } from '../time';

// Xero's JSON dates: Microsoft's /Date(ms+zone)/ form for instants and calendar dates, plus a
// plain "YYYY-MM-DDT00:00:00" companion string for calendar dates.

export function msDate(epochMs: number): string {
  return `/Date(${epochMs}+0000)/`;
}

export function calendarMsDate(date: string): string {
  return msDate(dateToMs(date));
}

export function calendarDateString(date: string): string {
  return `${date}T00:00:00`;
}

const MS_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;
const PLAIN_DATE = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A payment's Date as clients send it (YYYY-MM-DD, ISO or /Date(ms)/) → YYYY-MM-DD, or null. */
export function parseXeroDate(text: string): string | null {
  const ms = MS_DATE.exec(text);
  if (ms?.[1] !== undefined) return new Date(Number(ms[1])).toISOString().slice(0, 10);
  const plain = PLAIN_DATE.exec(text);
  if (plain?.[1] === undefined) return null;
  return Number.isNaN(dateToMs(plain[1])) ? null : plain[1];
}

/**
 * An If-Modified-Since value: ISO-8601 (Xero's documented form; taken as UTC when it has no
 * zone, as Xero does) or an HTTP date. Returns epoch milliseconds, or null if unreadable.
 */
export function parseModifiedSince(text: string): number | null {
  const trimmed = text.trim();
  const isoWithoutZone = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(trimmed);
  const ms = Date.parse(isoWithoutZone ? `${trimmed.length === 10 ? `${trimmed}T00:00:00` : trimmed}Z` : trimmed);
  return Number.isNaN(ms) ? null : ms;
}
