import { ConversionError, type ValueLocation } from './conversion-error';

/** Xero's Microsoft JSON date: /Date(1518685950940+0000)/. The milliseconds are UTC already. */
const MS_JSON_DATE = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

export function msJsonDateToIso(value: unknown, location: ValueLocation): string {
  const match = typeof value === 'string' ? MS_JSON_DATE.exec(value) : null;
  if (!match?.[1]) throw new ConversionError(location, String(value), 'expected a date like /Date(1518685950940+0000)/');
  return isoFromMs(Number(match[1]), value, location);
}

/** Stripe's `created`: whole seconds since the epoch. */
export function unixSecondsToIso(value: unknown, location: ValueLocation): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ConversionError(location, String(value), 'expected a Unix timestamp in seconds');
  }
  return isoFromMs(value * 1000, value, location);
}

const REPORT_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** Stripe report times: "2026-10-31 23:59:07", stated to be UTC. */
export function reportDateTimeToIso(value: unknown, location: ValueLocation): string {
  const match = typeof value === 'string' ? REPORT_DATE_TIME.exec(value.trim()) : null;
  if (!match) throw new ConversionError(location, String(value), 'expected a UTC time like 2026-10-31 23:59:07');
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const ms = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0, hour ?? 0, minute ?? 0, second ?? 0);
  const iso = isoFromMs(ms, value, location);
  if (!iso.startsWith(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}`)) {
    throw new ConversionError(location, String(value), 'not a real calendar time');
  }
  return iso;
}

/** How a file writes calendar dates; ambiguous day/month order is asked, never guessed. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** A calendar date ("31/10/2026", "10/31/2026", "2026-10-31") to "2026-10-31". */
export function calendarDate(value: unknown, order: DateOrder, location: ValueLocation): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const parts = text.split(/[/.-]/);
  if (parts.length !== 3 || parts.some((part) => !/^\d{1,4}$/.test(part))) {
    throw new ConversionError(location, String(value), `expected a date in ${order.toUpperCase()} order`);
  }
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ConversionError(location, String(value), `not a real date in ${order.toUpperCase()} order`);
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Which orders could read every one of these dates. A file whose dates all have a day of 12 or
 * less fits both DMY and MDY: the caller must ask the person.
 */
export function possibleDateOrders(values: readonly string[]): DateOrder[] {
  const orders: DateOrder[] = ['ymd', 'dmy', 'mdy'];
  return orders.filter((order) =>
    values.every((value) => {
      try {
        calendarDate(value, order, { record: '', field: '' });
        return true;
      } catch {
        return false;
      }
    }),
  );
}

function isoFromMs(ms: number, original: unknown, location: ValueLocation): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new ConversionError(location, String(original), 'date out of range');
  return date.toISOString();
}
