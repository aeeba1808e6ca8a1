import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { currencyExponent } from '../../../shared/currencies';
import { minorToDecimal, type Money } from '../../../shared/money';
import { escapeFormula } from './formula-escape';
import { pumpRows } from './row-pump';
import { isMoney, type Cell, type Table } from './table';

type Worksheet = ExcelJS.Worksheet;

/** Excel's limit is 1,048,576 rows a sheet; one of them is the header. Beyond, a new sheet. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_575;

/** Label and value lines of the "About" sheet: what was exported, when, with which filter. */
export type AboutLines = readonly (readonly [string, string])[];

/**
 * Writes a table as an Excel workbook, streamed row by row so a million-row list never sits in
 * memory, plus an "About" sheet. Returns the data row count.
 */
export async function writeXlsx(path: string, table: Table, about: AboutLines, rowsPerSheet = MAX_DATA_ROWS_PER_SHEET): Promise<number> {
  const out = createWriteStream(path, { mode: 0o600 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  try {
    const rows = await writeTableSheets(workbook, table, rowsPerSheet);
    const aboutSheet = workbook.addWorksheet('About');
    aboutSheet.columns = [{ width: 22 }, { width: 80 }];
    for (const [label, value] of about) aboutSheet.addRow([label, escapeFormula(value)]).commit();
    aboutSheet.commit();
    await workbook.commit();
    return rows;
  } catch (error) {
    out.destroy();
    throw error;
  }
}

async function writeTableSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table, rowsPerSheet: number): Promise<number> {
  let sheetNumber = 1;
  let sheet = addTableSheet(workbook, table, sheetNumber);
  let rowsInSheet = 0;
  const rows = await pumpRows(table.rows, (row) => {
    if (rowsInSheet === rowsPerSheet) {
      sheet.commit();
      sheetNumber += 1;
      sheet = addTableSheet(workbook, table, sheetNumber);
      rowsInSheet = 0;
    }
    addCells(sheet, row);
    rowsInSheet += 1;
  });
  sheet.commit();
  return rows;
}

function addTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table, number: number): Worksheet {
  const sheet = workbook.addWorksheet(number === 1 ? table.name : `${table.name} ${number}`, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

function addCells(sheet: Worksheet, cells: readonly Cell[]): void {
  const row = sheet.addRow(cells.map(xlsxValue));
  cells.forEach((cell, index) => {
    if (isMoney(cell) && isExactAsNumber(cell)) row.getCell(index + 1).numFmt = numberFormat(cell.currency);
  });
  row.commit();
}

/**
 * Amounts go in as numbers so that finance can add them up in Excel, but only where that is
 * exact: a decimal of at most 15 significant digits survives the trip through Excel's double
 * unchanged (and is shown with the currency's decimals by the cell format). A larger amount is
 * written as its exact decimal text instead, escaped like any other text (it may start with "-").
 */
function xlsxValue(cell: Cell): string | number | null {
  if (cell === null || typeof cell === 'number') return cell;
  if (isMoney(cell)) {
    const decimal = minorToDecimal(cell.amountMinor, cell.currency);
    return isExactAsNumber(cell) ? Number(decimal) : escapeFormula(decimal);
  }
  return escapeFormula(cell);
}

function isExactAsNumber(money: Money): boolean {
  return Math.abs(money.amountMinor) < 1e15;
}

function numberFormat(currency: string): string {
  const decimals = currencyExponent(currency) ?? 2;
  return decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`;
}
