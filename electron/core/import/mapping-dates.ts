import { ConversionError, type ValueLocation } from '../convert/conversion-error';
import { calendarDate, type DateOrder } from '../convert/dates';

/** A full ISO-8601 time with its offset: "2026-10-31T23:59:07Z", "2026-10-31 23:59:07.5+02:00". */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** A date and time with no offset: which zone it is in would be a guess. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

export interface ReadDate {
  /** The calendar date as written ("2026-10-31"), in the writer's own time zone. */
  date: string;
  /** The UTC instant: the time itself, or midnight UTC of a date-only cell. */
  instant: string;
}

/**
 * A date cell of a user mapping: a date in the mapping's order ("31/10/2026"), or a complete
 * ISO-8601 time with an offset. A time without an offset is refused: its zone would be a guess.
 */
export function readMappingDate(value: string, order: DateOrder, location: ValueLocation): ReadDate {
  const text = value.trim();
  const match = ISO_INSTANT.exec(text);
  if (!match && LOCAL_TIME.test(text)) {
    throw new ConversionError(location, value, 'a time needs its offset from UTC, like Z or +01:00');
  }
  if (!match) {
    const date = calendarDate(text, order, location);
    return { date, instant: `${date}T00:00:00.000Z` };
  }
  const [, day = '', hour = '', minute = '', second = '00', fraction = '', zone = ''] = match;
  const date = calendarDate(day, 'ymd', location);
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw new ConversionError(location, value, 'not a real time of day');
  }
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) {
    throw new ConversionError(location, value, 'not a real time zone offset');
  }
  const ms = Date.parse(`${date}T${hour}:${minute}:${second}${fraction.slice(0, 4)}${offset}`);
  if (Number.isNaN(ms)) throw new ConversionError(location, value, 'not a real time');
  return { date, instant: new Date(ms).toISOString() };
}
