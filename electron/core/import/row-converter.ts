import type { DateOrder } from '../../../shared/contract/imports';
import type { InvoiceRecord, PaymentRecord, RefundRecord } from '../store/records';
import type { CsvSink } from './csv-reader';

/** Where converted records go while a file is saved. */
export interface RecordSink {
  payment(record: PaymentRecord): void;
  refund(record: RefundRecord): void;
  invoice(record: InvoiceRecord): void;
}

/**
 * How the records of a checked file are produced for saving. Formats whose rows stand alone
 * keep nothing: the file is read a second time, inside the transaction, and each row converted
 * again (a million records never sit in memory at once). Formats that group rows keep their
 * records from the first reading.
 */
export type RecordSource =
  | { kind: 'kept'; payments: readonly PaymentRecord[]; refunds: readonly RefundRecord[]; invoices: readonly InvoiceRecord[] }
  | { kind: 'reread'; convert(cells: readonly string[], sink: RecordSink): void };

/** What a whole file turns into, once every row has been read and checked. */
export interface ConvertedFile {
  counts: { payments: number; refunds: number; invoices: number };
  /** Rows read but not imported, by what they were ("fee", "payout", "credit note"). */
  skipped: Map<string, number>;
  /** Date orders that read every date in the file (empty where the format has fixed dates). */
  dateOrders: DateOrder[];
  /** True when the dates fit several orders and none was chosen: the person must choose. */
  dateOrderUndecided: boolean;
  records: RecordSource;
}

/**
 * Turns a format's rows into canonical records. Problems go to the ProblemList it was made
 * with; a row with a problem produces no record. `finish` does what needs every row first:
 * linking refunds, grouping invoice lines, choosing a date order.
 */
export interface RowConverter extends CsvSink {
  finish(): ConvertedFile;
}

/** What the converters ask of the database: read only, so a preview never writes. */
export interface PaymentLookup {
  /** The id Paydesk already stores a charge under, if it does. */
  paymentIdForCharge(chargeId: string): string | undefined;
}

/** A record the second reading could not rebuild: the file changed since it was checked. */
export class FileChangedError extends Error {
  constructor(fileName: string) {
    super(`${fileName} changed while it was being imported; nothing was imported. Run the import again.`);
    this.name = 'FileChangedError';
  }
}

export function emptyConverted(): ConvertedFile {
  return {
    counts: { payments: 0, refunds: 0, invoices: 0 },
    skipped: new Map(),
    dateOrders: [],
    dateOrderUndecided: false,
    records: { kind: 'kept', payments: [], refunds: [], invoices: [] },
  };
}

export function countSkipped(skipped: Map<string, number>, kind: string): void {
  skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
}

/** A cell with surrounding spaces removed, or null when it is empty. */
export function optionalText(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const text = cell.trim();
  return text === '' ? null : text;
}

/** The cell at a column index, '' where the file has no such column. */
export function at(cells: readonly string[], index: number): string {
  return index === -1 ? '' : (cells[index] ?? '');
}
