import { describe, expect, it } from 'vitest';
import { currencyExponent, isKnownCurrency } from '../../../shared/currencies';
import { formatMoney, minorToDecimal, MoneyParseError, parseDecimalToMinor } from '../../../shared/money';

describe('parseDecimalToMinor', () => {
  it.each([
    ['12.30', 'USD', 1230],
    ['12.3', 'USD', 1230],
    ['-5', 'EUR', -500],
    ['0.01', 'GBP', 1],
    ['1200', 'JPY', 1200],
    ['1200.00', 'JPY', 1200],
    ['1.250', 'KWD', 1250],
    ['0.005', 'KWD', 5],
    ['90071992547409.91', 'USD', 9007199254740991],
    ['  7.10 ', 'usd', 710],
  ])('parses %s %s exactly as %i minor units', (text, currency, minor) => {
    expect(parseDecimalToMinor(text, currency)).toBe(minor);
  });

  it('never goes through a float: 0.1 + 0.2 style values stay exact', () => {
    expect(parseDecimalToMinor('0.29', 'USD')).toBe(29);
    expect(parseDecimalToMinor('1.005', 'KWD')).toBe(1005);
    expect(parseDecimalToMinor('4.35', 'USD')).toBe(435);
  });

  it.each([
    ['12.345', 'USD', 'USD allows 2 decimal places'],
    ['1.5', 'JPY', 'JPY allows 0 decimal places'],
    ['1.2345', 'KWD', 'KWD allows 3 decimal places'],
    ['1,000.00', 'USD', 'expected digits'],
    ['12.', 'USD', 'expected digits'],
    ['', 'USD', 'expected digits'],
    ['1e3', 'USD', 'expected digits'],
    ['12.00', 'XYZ', 'unknown currency'],
    ['900719925474099.20', 'USD', 'too large'],
  ])('rejects %s %s: %s', (text, currency, reason) => {
    expect(() => parseDecimalToMinor(text, currency)).toThrow(MoneyParseError);
    expect(() => parseDecimalToMinor(text, currency)).toThrow(reason);
  });

  it('treats a negative zero as zero', () => {
    expect(Object.is(parseDecimalToMinor('-0.00', 'USD'), 0)).toBe(true);
  });
});

describe('minorToDecimal', () => {
  it.each([
    [1230, 'USD', '12.30'],
    [-5, 'USD', '-0.05'],
    [0, 'EUR', '0.00'],
    [1200, 'JPY', '1200'],
    [1250, 'KWD', '1.250'],
    [-7, 'KWD', '-0.007'],
  ])('formats %i %s as %s', (minor, currency, text) => {
    expect(minorToDecimal(minor, currency)).toBe(text);
  });

  it('round-trips with parseDecimalToMinor for every exponent', () => {
    for (const [currency, samples] of [
      ['JPY', [0, 1, 999, 123456789]],
      ['USD', [0, 1, -1, 99, 100, 123456789]],
      ['KWD', [0, 1, -1, 999, 1000, 123456789]],
      ['CLF', [0, 1, 12345]],
    ] as const) {
      for (const minor of samples) {
        expect(parseDecimalToMinor(minorToDecimal(minor, currency), currency)).toBe(minor);
      }
    }
  });

  it('refuses a non-integer amount', () => {
    expect(() => minorToDecimal(1.5, 'USD')).toThrow('not a safe integer');
  });
});

describe('currencies', () => {
  it('knows the exponents that matter for payments', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
    expect(isKnownCurrency('ABC')).toBe(false);
  });
});

describe('formatMoney', () => {
  it('shows each currency with its own number of decimals', () => {
    expect(formatMoney({ amountMinor: 123450, currency: 'USD' }, 'en-US')).toBe('$1,234.50');
    expect(formatMoney({ amountMinor: 1200, currency: 'JPY' }, 'en-US')).toBe('¥1,200');
    expect(formatMoney({ amountMinor: 1250, currency: 'KWD' }, 'en-US')).toMatch(/KWD\s1\.250/);
  });

  it('keeps large amounts exact', () => {
    expect(formatMoney({ amountMinor: 9007199254740991, currency: 'USD' }, 'en-US')).toBe('$90,071,992,547,409.91');
  });
});
