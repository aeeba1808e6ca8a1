import { describe, expect, it } from 'vitest';
import { decimalToMinor, integerMinor, toCurrency } from '../../../../electron/core/convert/amount';
import { ConversionError } from '../../../../electron/core/convert/conversion-error';

const at = { record: 'invoice INV-7', field: 'Total' };

describe('decimalToMinor', () => {
  it.each([
    ['12.30', 'USD', 1230],
    [12.3, 'USD', 1230],
    [1200, 'JPY', 1200],
    ['1200', 'JPY', 1200],
    [1.25, 'KWD', 1250],
    ['0.005', 'KWD', 5],
    [0, 'EUR', 0],
    [-12.5, 'GBP', -1250],
  ])('converts %s %s to %i exactly', (value, currency, minor) => {
    expect(decimalToMinor(value, currency, at)).toBe(minor);
  });

  it.each([
    ['12.345', 'USD', 'USD allows 2 decimal places'],
    [12.345, 'USD', 'USD allows 2 decimal places'],
    [0.1 + 0.2, 'USD', 'USD allows 2 decimal places'],
    [1.5, 'JPY', 'JPY allows 0 decimal places'],
    ['1.2345', 'KWD', 'KWD allows 3 decimal places'],
    [1e21, 'USD', 'expected a decimal amount'],
    [Number.NaN, 'USD', 'expected a decimal amount'],
    [null, 'USD', 'expected a decimal amount'],
    ['12,30', 'USD', 'expected digits'],
  ])('refuses %s %s rather than rounding, naming the record and field', (value, currency, reason) => {
    const attempt = (): number => decimalToMinor(value, currency, at);
    expect(attempt).toThrow(ConversionError);
    expect(attempt).toThrow(reason);
    expect(attempt).toThrow('invoice INV-7, field Total');
  });
});

describe('integerMinor and toCurrency', () => {
  it('accepts whole minor units only', () => {
    expect(integerMinor(1999, at)).toBe(1999);
    expect(() => integerMinor(19.99, at)).toThrow('whole number of minor units');
    expect(() => integerMinor('1999', at)).toThrow('whole number of minor units');
  });

  it('upper-cases known currencies and refuses unknown ones', () => {
    expect(toCurrency('usd', at)).toBe('USD');
    expect(toCurrency(' KWD ', at)).toBe('KWD');
    expect(() => toCurrency('XYZ', at)).toThrow('not an ISO 4217 currency code');
    expect(() => toCurrency(undefined, at)).toThrow(ConversionError);
  });
});
