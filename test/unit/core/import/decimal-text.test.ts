import { describe, expect, it } from 'vitest';
import { decimalTextReader, describeNumberStyle, type NumberStyle } from '../../../../electron/core/import/decimal-text';

describe('decimalTextReader', () => {
  it.each<[NumberStyle, string, string]>([
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '1.234,56', '1234.56'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '1234,56', '1234.56'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '-1.234.567,5', '-1234567.5'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '+12', '12'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, ',5', '0.5'],
    [{ decimalSeparator: '.', thousandsSeparator: ',' }, '1,234.56', '1234.56'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, ' 1234.56 ', '1234.56'],
    [{ decimalSeparator: ',', thousandsSeparator: ' ' }, '1 234,56', '1234.56'],
    [{ decimalSeparator: ',', thousandsSeparator: ' ' }, '1\u202f234\u00a0567,00', '1234567.00'],
    [{ decimalSeparator: '.', thousandsSeparator: "'" }, "1'234.50", '1234.50'],
    [{ decimalSeparator: '.', thousandsSeparator: "'" }, '12\u2019345', '12345'],
  ])('reads %j %s as %s', (style, text, expected) => {
    expect(decimalTextReader(style)(text)).toBe(expected);
  });

  it.each<[NumberStyle, string]>([
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '1.23,4'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '12.34'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '1.2345,00'],
    [{ decimalSeparator: ',', thousandsSeparator: '.' }, '1,234,56'],
    [{ decimalSeparator: '.', thousandsSeparator: ',' }, '1,23.00'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, '1,234.00'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, ''],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, '-'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, '=1+2'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, '1e5'],
    [{ decimalSeparator: '.', thousandsSeparator: '' }, '12.'],
  ])('refuses %j %j rather than guess', (style, text) => {
    expect(decimalTextReader(style)(text)).toBeNull();
  });

  it('describes the style for messages', () => {
    expect(describeNumberStyle({ decimalSeparator: ',', thousandsSeparator: '.' })).toBe('"," for decimals and "." for thousands');
    expect(describeNumberStyle({ decimalSeparator: '.', thousandsSeparator: '' })).toBe('"." for decimals and no thousands separator');
  });
});
