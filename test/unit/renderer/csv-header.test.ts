import { describe, expect, it } from 'vitest';
import { detectDelimiter, firstRecord, headerColumns } from '../../../renderer/src/pages/connections/import/csv-header';

describe('reading a CSV header line', () => {
  it('reads comma, semicolon, tab and bar separated headers', () => {
    expect(headerColumns('id,amount,currency\n1,2,EUR\n')).toEqual(['id', 'amount', 'currency']);
    expect(headerColumns('Datum;Betrag;Währung\r\n01.02.2025;1.234,50;EUR')).toEqual(['Datum', 'Betrag', 'Währung']);
    expect(headerColumns('a\tb\tc\n')).toEqual(['a', 'b', 'c']);
    expect(headerColumns('a|b\n', '|')).toEqual(['a', 'b']);
  });

  it('honours quotes, doubled quotes and line breaks inside quotes', () => {
    expect(headerColumns('"Amount, gross","Say ""hi""","two\nlines",last\n1,2,3,4')).toEqual([
      'Amount, gross',
      'Say "hi"',
      'two\nlines',
      'last',
    ]);
  });

  it('drops a byte order mark and empty names, and copes with no line break', () => {
    expect(headerColumns('\uFEFFid,,amount')).toEqual(['id', 'amount']);
    expect(headerColumns('')).toEqual([]);
    expect(firstRecord('only line')).toBe('only line');
  });

  it('detects the delimiter outside quotes only', () => {
    expect(detectDelimiter('"a;b;c",d,e')).toBe(',');
    expect(detectDelimiter('a;b,c;d')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});
