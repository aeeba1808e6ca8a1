import { statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseDecimalToMinor } from '../../../../shared/money';
import type { Cell } from '../../../../electron/core/export/table';
import { writeXlsx } from '../../../../electron/core/export/xlsx-writer';
import { useTempDirs } from '../../../helpers/temp-dir';
import { HOSTILE_TEXTS, tableOf } from './export-fixtures';

const tempDir = useTempDirs();

async function readSheets(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function valuesOf(sheet: ExcelJS.Worksheet, columns: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => row.getCell(c + 1).value));
  }
  return rows;
}

describe('writeXlsx', () => {
  it('reads back as the rows: amounts as exact numbers with the currency decimals, counts, text', async () => {
    const path = join(tempDir(), 'out.xlsx');
    const rows: Cell[][] = [
      ['Müller, "Söhne" & Co', { amountMinor: 123_456, currency: 'EUR' }, 3],
      ['株式会社', { amountMinor: 1_200, currency: 'JPY' }, null],
      ['refund', { amountMinor: -7, currency: 'KWD' }, 0],
      ['large', { amountMinor: 999_999_999_999_999, currency: 'USD' }, 1],
    ];
    expect(await writeXlsx(path, tableOf(rows), [['Export', 'test']])).toBe(4);
    const workbook = await readSheets(path);
    const sheet = workbook.getWorksheet('Rows');
    if (!sheet) throw new Error('no Rows sheet');
    expect(valuesOf(sheet, 3)).toEqual([
      ['Text', 'Amount', 'Count'],
      ['Müller, "Söhne" & Co', 1234.56, 3],
      ['株式会社', 1200, null],
      ['refund', -0.007, 0],
      ['large', 9999999999999.99, 1],
    ]);
    // Exact: each number, read back as a decimal with the currency's places, is the minor amount.
    expect(parseDecimalToMinor((sheet.getCell('B5').value as number).toFixed(2), 'USD')).toBe(999_999_999_999_999);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B3').numFmt).toBe('#,##0');
    expect(sheet.getCell('B4').numFmt).toBe('#,##0.000');
    expect(workbook.getWorksheet('About')?.getCell('B1').value).toBe('test');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('escapes hostile text, and writes an amount too large to be exact as escaped text', async () => {
    const path = join(tempDir(), 'hostile.xlsx');
    const rows: Cell[][] = HOSTILE_TEXTS.map((text) => [text, { amountMinor: -100, currency: 'EUR' }, 1]);
    rows.push(['huge', { amountMinor: -1_000_000_000_000_000, currency: 'EUR' }, 1]);
    await writeXlsx(path, tableOf(rows), [['Filter', '=cmd|"/c calc"!A1']]);
    const workbook = await readSheets(path);
    const sheet = workbook.getWorksheet('Rows');
    if (!sheet) throw new Error('no Rows sheet');
    const values = valuesOf(sheet, 3).slice(1);
    // XML reads a bare carriage return back as a line feed; the quote in front is what matters.
    expect(values.slice(0, HOSTILE_TEXTS.length)).toEqual(HOSTILE_TEXTS.map((text) => [`'${text.replace('\r', '\n')}`, -1, 1]));
    expect(values.at(-1)).toEqual(['huge', "'-10000000000000.00", 1]);
    expect(workbook.getWorksheet('About')?.getCell('B1').value).toBe(`'=cmd|"/c calc"!A1`);
    // Nothing came back as a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('continues on a new sheet, header repeated, when a sheet is full', async () => {
    const path = join(tempDir(), 'split.xlsx');
    const rows: Cell[][] = Array.from({ length: 5 }, (_, index) => [`row ${index}`, { amountMinor: index, currency: 'EUR' }, index]);
    expect(await writeXlsx(path, tableOf(rows), [], 2)).toBe(5);
    const workbook = await readSheets(path);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Rows', 'Rows 2', 'Rows 3', 'About']);
    const third = workbook.getWorksheet('Rows 3');
    if (!third) throw new Error('no third sheet');
    expect(valuesOf(third, 3)).toEqual([
      ['Text', 'Amount', 'Count'],
      ['row 4', 0.04, 4],
    ]);
  });
});
