import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../../electron/core/export/csv-writer';
import type { Cell } from '../../../../electron/core/export/table';
import { useTempDirs } from '../../../helpers/temp-dir';
import { HOSTILE_TEXTS, tableOf } from './export-fixtures';

const tempDir = useTempDirs();

function parse(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data;
}

describe('writeCsv', () => {
  it('round-trips through papaparse: quotes, separators, line breaks and non-Latin text intact', async () => {
    const path = join(tempDir(), 'out.csv');
    const rows: Cell[][] = [
      ['Müller, "Söhne" & Co', { amountMinor: 123_456, currency: 'EUR' }, 3],
      ['two\nlines', { amountMinor: -1_250, currency: 'USD' }, 0],
      ['株式会社', { amountMinor: 1_200, currency: 'JPY' }, null],
      [null, { amountMinor: 1, currency: 'KWD' }, 1],
    ];
    expect(await writeCsv(path, tableOf(rows))).toBe(4);
    expect(parse(path)).toEqual([
      ['Text', 'Amount', 'Count'],
      ['Müller, "Söhne" & Co', '1234.56', '3'],
      ['two\nlines', '-12.50', '0'],
      ['株式会社', '1200', ''],
      ['', '0.001', '1'],
    ]);
  });

  it('escapes every hostile cell and leaves negative amounts as numbers', async () => {
    const path = join(tempDir(), 'hostile.csv');
    await writeCsv(path, tableOf(HOSTILE_TEXTS.map((text) => [text, { amountMinor: -100, currency: 'EUR' }, 1])));
    const [, ...data] = parse(path);
    expect(data.map((row) => row[0])).toEqual(HOSTILE_TEXTS.map((text) => `'${text}`));
    expect(data.every((row) => row[1] === '-1.00')).toBe(true);
  });

  it('starts with a UTF-8 byte order mark and ends lines with CRLF, as Excel expects', async () => {
    const path = join(tempDir(), 'plain.csv');
    await writeCsv(path, tableOf([['a', { amountMinor: 5, currency: 'EUR' }, 1]]));
    expect(readFileSync(path, 'utf8')).toBe('\ufeffText,Amount,Count\r\na,0.05,1\r\n');
  });

  it('streams rows from an async source, many chunks long', async () => {
    const path = join(tempDir(), 'many.csv');
    async function* rows(): AsyncGenerator<Cell[]> {
      for (let index = 0; index < 20_000; index += 1) yield [`row ${index}`, { amountMinor: index, currency: 'USD' }, index];
    }
    expect(await writeCsv(path, { name: 'Rows', columns: tableOf([]).columns, rows: rows() })).toBe(20_000);
    const parsed = parse(path);
    expect(parsed).toHaveLength(20_001);
    expect(parsed[20_000]).toEqual(['row 19999', '199.99', '19999']);
  });
});
