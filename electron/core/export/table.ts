import { minorToDecimal, type Money } from '../../../shared/money';
import { escapeFormula } from './formula-escape';

/**
 * What every export writes: a header and rows of typed cells. Text is anything a person or a
 * partner typed (escaped against formula injection on the way out); an amount is integer minor
 * units with its currency, never a float; a count is a whole number.
 */
export type Cell = string | Money | number | null;

export interface Column {
  header: string;
  /** Width in characters for the spreadsheet. */
  width: number;
}

export type Rows = Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;

export interface Table {
  /** The sheet's name in a workbook. */
  name: string;
  columns: readonly Column[];
  rows: Rows;
}

export function isMoney(cell: Cell): cell is Money {
  return typeof cell === 'object' && cell !== null;
}

/**
 * A cell as text in a file a spreadsheet may open (CSV, and XLSX text cells): an amount is its
 * exact decimal in major units, text is escaped. A negative amount starts with "-" but is a
 * plain number ("-12.30"), which no spreadsheet evaluates as a formula, so it is left readable
 * as a number; anything else starting with a formula character is escaped.
 */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (isMoney(cell)) return minorToDecimal(cell.amountMinor, cell.currency);
  return escapeFormula(cell);
}
