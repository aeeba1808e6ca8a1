import type { DateOrder } from '../../../shared/contract/imports';
import { calendarDate, possibleDateOrders } from '../convert/dates';
import { ConversionError } from '../convert/conversion-error';
import { CellReader } from './cell-reader';
import { HeaderColumns, missingColumnsReason } from './header-columns';
import { ownString } from './own-string';
import { HeldProblems, ProblemList, type ProblemAt } from './problems';
import { countSkipped, emptyConverted, FileChangedError, type ConvertedFile, type RecordSink, type RowConverter } from './row-converter';
import { INVOICE_LEVEL, XERO_REQUIRED, XeroRows } from './xero-rows';

export { XERO_SOURCE } from './xero-rows';

export const AMBIGUOUS_DATES = 'the dates fit both day/month and month/day order: choose one';

export interface XeroInvoicesOptions {
  fileName: string;
  problems: ProblemList;
  /** Chosen by the person; otherwise detected, and asked for when the file cannot tell. */
  dateOrder?: DateOrder | undefined;
}

/** What the first reading keeps of an invoice: no cells, so a million invoices fit in memory. */
interface SeenInvoice {
  line: number;
  rows: number;
  /** Its first row's invoice-level cells, joined; dropped once the file is read. */
  signature: string;
  /** A line contradicted the first on an invoice-level column: the invoice is not imported. */
  conflicting: boolean;
  /** A value of its first row could not be read. */
  unreadable: boolean;
}

const SEPARATOR = '\u0000';

/**
 * Xero's sales invoice export: one row per line item with the invoice's own columns repeated.
 * Rows are grouped by InvoiceNumber into one invoice each; credit notes are skipped.
 *
 * The first reading checks every row and keeps, per invoice, where it starts, how many rows it
 * has and its invoice-level cells; the date order is chosen once every date is seen. Saving
 * reads the file again and builds each invoice when its last row arrives (the next row, in an
 * export grouped by invoice as Xero writes it).
 */
export class XeroInvoices implements RowConverter {
  private head: HeaderColumns | null = null;
  private firstRows: XeroRows | null = null;
  private readonly numbers: CellReader;
  /** Problems of first rows, held until finish(): a conflicting invoice reports none of them. */
  private readonly held = new HeldProblems<SeenInvoice>();
  private readonly invoices = new Map<string, SeenInvoice>();
  /** Each distinct date text and the invoices whose first row has it. */
  private readonly issuedDates = new Map<string, SeenInvoice[]>();
  private readonly dueDates = new Map<string, SeenInvoice[]>();
  private readonly skipped = new Map<string, number>();

  constructor(private readonly options: XeroInvoicesOptions) {
    this.numbers = new CellReader(options.fileName, options.problems);
  }

  header(names: readonly string[]): boolean {
    const head = new HeaderColumns(names);
    const missing = head.missing(XERO_REQUIRED);
    if (missing.length > 0) {
      this.options.problems.add({ row: 1, reason: missingColumnsReason(missing) });
      return false;
    }
    this.head = head;
    this.firstRows = new XeroRows(head, new CellReader(this.options.fileName, this.held));
    return true;
  }

  row(cells: readonly string[], line: number): void {
    const rows = this.firstRows;
    if (!rows) return;
    const number = this.numbers.required(rows.numberCell(cells), line, rows.column('InvoiceNumber'), 'number');
    if (number === undefined) return;
    if (rows.isCreditNote(cells)) {
      countSkipped(this.skipped, 'credit note');
      return;
    }
    const seen = this.invoices.get(number);
    if (seen) {
      seen.rows += 1;
      this.checkRepeat(rows, seen, number, cells, line);
      return;
    }
    const invoice: SeenInvoice = { line, rows: 1, signature: rows.invoiceLevel(cells).join(SEPARATOR), conflicting: false, unreadable: false };
    this.invoices.set(ownString(number), invoice);
    const { issued, due } = this.held.on(invoice, () => rows.firstRow(cells, line));
    if (issued !== undefined) note(this.issuedDates, issued, invoice);
    if (due !== null) note(this.dueDates, due, invoice);
  }

  finish(): ConvertedFile {
    const result = emptyConverted();
    result.skipped = this.skipped;
    const counted = new Map<string, number>();
    for (const dates of [this.issuedDates, this.dueDates]) for (const [date, owners] of dates) counted.set(date, (counted.get(date) ?? 0) + owners.length);
    result.dateOrders = counted.size === 0 ? [] : possibleDateOrders([...counted.keys()]);
    let order = this.options.dateOrder;
    if (order === undefined) {
      if (result.dateOrders.length > 1) {
        result.dateOrderUndecided = true;
        this.options.problems.add({ row: null, column: this.column('InvoiceDate'), field: 'date', reason: AMBIGUOUS_DATES });
      }
      order = result.dateOrders[0] ?? mostReadable(counted);
    }
    const dateProblems = result.dateOrderUndecided ? [] : this.dateProblems(order);
    this.held.release(dateProblems, this.options.problems, (invoice) => !invoice.conflicting, (invoice) => {
      invoice.unreadable = true;
    });
    for (const invoice of this.invoices.values()) {
      invoice.signature = '';
      if (!invoice.conflicting && !invoice.unreadable) result.counts.invoices += 1;
    }
    this.issuedDates.clear();
    this.dueDates.clear();
    const head = this.head;
    if (head && !result.dateOrderUndecided) {
      // A second reader with its own problem list: any problem now means the file changed.
      const again = new ProblemList();
      const rows = new XeroRows(head, new CellReader(this.options.fileName, again));
      const open = new Map<string, (readonly string[])[]>();
      const readOrder = order;
      result.records = { kind: 'reread', convert: (cells, sink) => this.convertAgain(rows, again, readOrder, open, cells, sink) };
    }
    return result;
  }

  /** A repeated row must repeat its invoice's own columns. */
  private checkRepeat(rows: XeroRows, seen: SeenInvoice, number: string, cells: readonly string[], line: number): void {
    const values = rows.invoiceLevel(cells);
    const signature = values.join(SEPARATOR);
    if (signature === seen.signature) return;
    const expected = seen.signature.split(SEPARATOR);
    INVOICE_LEVEL.forEach((name, index) => {
      const value = values[index] ?? '';
      if (value === expected[index]) return;
      seen.conflicting = true;
      this.options.problems.add({
        row: line,
        column: rows.column(name),
        field: name,
        value,
        reason: `invoice ${number} has "${expected[index] ?? ''}" on row ${seen.line}: every line of an invoice must repeat the same ${name}`,
      });
    });
  }

  /** Dates no row can be read with in the chosen order, one problem per invoice, by line. */
  private dateProblems(order: DateOrder): { owner: SeenInvoice; problem: ProblemAt }[] {
    const found: { owner: SeenInvoice; problem: ProblemAt; second: number }[] = [];
    const check = (dates: Map<string, SeenInvoice[]>, name: string, field: string, second: number): void => {
      const column = this.column(name);
      for (const [date, owners] of dates) {
        try {
          calendarDate(date, order, { record: '', field });
        } catch (error) {
          if (!(error instanceof ConversionError)) throw error;
          for (const owner of owners) found.push({ owner, second, problem: { row: owner.line, column, field, value: error.value, reason: error.reason } });
        }
      }
    };
    check(this.issuedDates, 'InvoiceDate', 'date', 0);
    check(this.dueDates, 'DueDate', 'due_date', 1);
    // As each invoice used to report them: its issue date, then its due date.
    return found.sort((a, b) => a.owner.line - b.owner.line || a.second - b.second);
  }

  private convertAgain(rows: XeroRows, problems: ProblemList, order: DateOrder, open: Map<string, (readonly string[])[]>, cells: readonly string[], sink: RecordSink): void {
    const number = rows.numberCell(cells).trim();
    if (number === '') throw new FileChangedError(this.options.fileName);
    if (rows.isCreditNote(cells)) return;
    const seen = this.invoices.get(number);
    if (!seen) throw new FileChangedError(this.options.fileName);
    if (seen.conflicting || seen.unreadable) return;
    let lines: (readonly string[])[] = [cells];
    if (seen.rows > 1) {
      const held = open.get(number);
      if (!held) {
        open.set(number, lines);
        return;
      }
      held.push(cells);
      if (held.length < seen.rows) return;
      open.delete(number);
      lines = held;
    }
    const record = rows.invoice(number, lines, order);
    if (!record || problems.count > 0) throw new FileChangedError(this.options.fileName);
    sink.invoice(record);
  }

  private column(name: string): string {
    return this.head?.written(name) ?? name;
  }
}

/** Notes which invoices' first rows have a date text. */
function note(dates: Map<string, SeenInvoice[]>, date: string, owner: SeenInvoice): void {
  const owners = dates.get(date);
  if (owners) owners.push(owner);
  else dates.set(ownString(date), [owner]);
}

/** With no order reading every date, report against the one that reads most of them. */
function mostReadable(counted: ReadonlyMap<string, number>): DateOrder {
  const orders: DateOrder[] = ['ymd', 'dmy', 'mdy'];
  const readable = orders.map((order) => {
    let count = 0;
    for (const [date, times] of counted) if (possibleDateOrders([date]).includes(order)) count += times;
    return count;
  });
  const best = Math.max(...readable);
  return orders[readable.indexOf(best)] ?? 'ymd';
}
