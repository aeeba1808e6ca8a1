import { decimalToMinor, toCurrency } from '../convert/amount';
import { ConversionError, type ValueLocation } from '../convert/conversion-error';
import { calendarDate, type DateOrder, reportDateTimeToIso } from '../convert/dates';
import type { ProblemList } from './problems';

/**
 * Converts cells with the shared converters of electron/core/convert, turning each failure into
 * a problem that names the row, column, field and value. Each method returns undefined when
 * the cell could not be read, so a row can report all of its bad cells at once.
 */
export class CellReader {
  /** Currency codes as files write them ("usd") to Paydesk's ("USD"); a report repeats a few. */
  private readonly currencies = new Map<string, string>();
  /** Calendar days reportDateTimeToIso has accepted: "2026-10-31". */
  private readonly realDays = new Set<string>();

  constructor(
    private readonly fileName: string,
    readonly problems: ProblemList,
  ) {}

  location(row: number, column: string, field: string): ValueLocation {
    return { record: `row ${row}`, field, file: this.fileName, row, column };
  }

  /** A cell that must not be empty: its trimmed text. */
  required(cell: string | undefined, row: number, column: string, field: string): string | undefined {
    const text = cell?.trim() ?? '';
    if (text !== '') return text;
    this.problems.add({ row, column, field, value: cell ?? '', reason: `${field} is missing` });
    return undefined;
  }

  currency(cell: string, row: number, column: string): string | undefined {
    const known = this.currencies.get(cell);
    if (known !== undefined) return known;
    try {
      const code = toCurrency(cell, this.location(row, column, 'currency'));
      this.currencies.set(cell, code);
      return code;
    } catch (error) {
      return this.failed(error, row, column);
    }
  }

  /** Decimal major units ("12.30", "-5") to integer minor units, exactly. */
  amount(text: string, currency: string, row: number, column: string, field: string): number | undefined {
    try {
      return decimalToMinor(text, currency, this.location(row, column, field));
    } catch (error) {
      return this.failed(error, row, column);
    }
  }

  /**
   * A report time "2026-10-31 23:59:07" (UTC) to an ISO-8601 instant. A report repeats the same
   * few dates a million times: a well-formed cell whose date was already read is assembled
   * directly; anything else goes through reportDateTimeToIso, which also words the problems.
   */
  reportTime(cell: string, row: number, column: string, field: string): string | undefined {
    if (cell.length === 19 && cell.charCodeAt(10) === 32 && this.realDays.has(cell.slice(0, 10)) && plainTime(cell)) {
      return `${cell.slice(0, 10)}T${cell.slice(11)}.000Z`;
    }
    try {
      const iso = reportDateTimeToIso(cell, this.location(row, column, field));
      if (this.realDays.size < 100_000) this.realDays.add(iso.slice(0, 10));
      return iso;
    } catch (error) {
      return this.failed(error, row, column);
    }
  }

  calendarDate(cell: string, order: DateOrder, row: number, column: string, field: string): string | undefined {
    try {
      return calendarDate(cell, order, this.location(row, column, field));
    } catch (error) {
      return this.failed(error, row, column);
    }
  }

  private failed(error: unknown, row: number, column: string): undefined {
    if (!(error instanceof ConversionError)) throw error;
    this.problems.addConversion(error, row, column);
    return undefined;
  }
}

/** "HH:MM:SS" at offset 11, digits only, within a day (no leap second: the full check refuses it). */
function plainTime(cell: string): boolean {
  if (cell.charCodeAt(13) !== 58 || cell.charCodeAt(16) !== 58) return false;
  const hours = twoDigits(cell, 11);
  const minutes = twoDigits(cell, 14);
  const seconds = twoDigits(cell, 17);
  return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 && seconds >= 0 && seconds <= 59;
}

function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
}
