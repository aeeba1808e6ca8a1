import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  msJsonDateToIso,
  possibleDateOrders,
  reportDateTimeToIso,
  unixSecondsToIso,
} from '../../../../electron/core/convert/dates';

const at = { record: 'invoice INV-7', field: 'UpdatedDateUTC' };

describe('dates', () => {
  it('reads Xero JSON dates as UTC instants, whatever offset they carry', () => {
    expect(msJsonDateToIso('/Date(1518685950940+0000)/', at)).toBe('2018-02-15T09:12:30.940Z');
    expect(msJsonDateToIso('/Date(1518685950940+1300)/', at)).toBe('2018-02-15T09:12:30.940Z');
    expect(msJsonDateToIso('/Date(0)/', at)).toBe('1970-01-01T00:00:00.000Z');
    expect(() => msJsonDateToIso('2018-02-15', at)).toThrow('invoice INV-7, field UpdatedDateUTC');
    expect(() => msJsonDateToIso('/Date(abc)/', at)).toThrow('/Date(');
  });

  it('reads Stripe timestamps and report times as UTC', () => {
    expect(unixSecondsToIso(1_700_000_000, at)).toBe('2023-11-14T22:13:20.000Z');
    expect(() => unixSecondsToIso(1.5, at)).toThrow('Unix timestamp');
    expect(reportDateTimeToIso('2026-10-31 23:59:07', at)).toBe('2026-10-31T23:59:07.000Z');
    expect(() => reportDateTimeToIso('2026-02-30 10:00:00', at)).toThrow('not a real calendar time');
    expect(() => reportDateTimeToIso('31/10/2026 10:00', at)).toThrow('expected a UTC time');
  });

  it('reads calendar dates in the stated order and refuses impossible ones', () => {
    expect(calendarDate('31/10/2026', 'dmy', at)).toBe('2026-10-31');
    expect(calendarDate('10/31/2026', 'mdy', at)).toBe('2026-10-31');
    expect(calendarDate('2026-10-31', 'ymd', at)).toBe('2026-10-31');
    expect(calendarDate('1.2.2026', 'dmy', at)).toBe('2026-02-01');
    expect(() => calendarDate('31/10/2026', 'mdy', at)).toThrow('not a real date in MDY order');
    expect(() => calendarDate('29/02/2025', 'dmy', at)).toThrow('not a real date');
    expect(() => calendarDate('yesterday', 'dmy', at)).toThrow('expected a date');
  });

  it('tells when day and month order cannot be decided from the data', () => {
    expect(possibleDateOrders(['01/02/2026', '12/11/2026'])).toEqual(['dmy', 'mdy']);
    expect(possibleDateOrders(['01/02/2026', '25/11/2026'])).toEqual(['dmy']);
    expect(possibleDateOrders(['01/02/2026', '11/25/2026'])).toEqual(['mdy']);
    expect(possibleDateOrders(['2026-11-25'])).toEqual(['ymd']);
  });
});
