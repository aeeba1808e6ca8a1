import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../../../electron/core/convert/conversion-error';
import { readMappingDate } from '../../../../electron/core/import/mapping-dates';

const at = { record: 'row 2', field: 'date', row: 2, column: 'When' };

describe('readMappingDate', () => {
  it.each([
    ['31/10/2026', 'dmy', { date: '2026-10-31', instant: '2026-10-31T00:00:00.000Z' }],
    ['10/31/2026', 'mdy', { date: '2026-10-31', instant: '2026-10-31T00:00:00.000Z' }],
    ['2026-10-31T23:30:00Z', 'dmy', { date: '2026-10-31', instant: '2026-10-31T23:30:00.000Z' }],
    ['2026-10-31 23:30:00.250+02:00', 'dmy', { date: '2026-10-31', instant: '2026-10-31T21:30:00.250Z' }],
    ['2026-11-01T01:15+0530', 'mdy', { date: '2026-11-01', instant: '2026-10-31T19:45:00.000Z' }],
  ] as const)('reads %s (%s)', (value, order, expected) => {
    expect(readMappingDate(value, order, at)).toEqual(expected);
  });

  it.each([
    ['2026-10-31T10:00:00', 'a time needs its offset from UTC'],
    ['2026-10-31T24:00:00Z', 'not a real time of day'],
    ['2026-02-30T10:00:00Z', 'not a real date in YMD order'],
    ['2026-10-31T10:00:00+15:00', 'not a real time zone offset'],
    ['31/10/2026', 'not a real date in MDY order'],
  ])('refuses %s', (value, reason) => {
    expect(() => readMappingDate(value, 'mdy', at)).toThrow(ConversionError);
    expect(() => readMappingDate(value, 'mdy', at)).toThrow(reason);
  });
});
