import type { DateOrder } from '../../../shared/contract/imports';
import type { InvoiceRecord } from '../store/records';
import type { CellReader } from './cell-reader';
import type { HeaderColumns } from './header-columns';
import { at, optionalText } from './row-converter';
import { INVOICE_STATUS_HINT, invoiceStatus } from './status-words';

export const XERO_SOURCE = 'import:xero-invoices';

export const XERO_REQUIRED = ['InvoiceNumber', 'InvoiceDate', 'Total', 'InvoiceAmountPaid', 'InvoiceAmountDue', 'Currency', 'Status'] as const;

/** Columns that describe the invoice, so every line of it must repeat them unchanged. */
export const INVOICE_LEVEL = ['ContactName', 'EmailAddress', 'Reference', 'InvoiceDate', 'DueDate', 'Total', 'TaxTotal', 'InvoiceAmountPaid', 'InvoiceAmountDue', 'Currency', 'Type', 'Status'] as const;

/** Columns that describe one line; the rest of a row describes the invoice. */
const LINE_LEVEL = new Set(
  ['InventoryItemCode', 'Description', 'Quantity', 'UnitAmount', 'Discount', 'LineAmount', 'AccountCode', 'TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1', 'TrackingName2', 'TrackingOption2'].map((name) => name.toLowerCase()),
);

/** An invoice's own values, read from its first row; dates stay text until an order is chosen. */
export type InvoiceDraft = Omit<InvoiceRecord, 'number' | 'issuedOn' | 'dueOn' | 'updatedAt' | 'raw'>;

/** What a first row gives: its values (undefined when one could not be read) and its dates as text. */
export interface FirstRow {
  values: InvoiceDraft | undefined;
  issued: string | undefined;
  due: string | null;
}

/**
 * The cells of Xero's sales invoice export to invoice values, with the shared converters: the
 * same row always gives the same values, so a file can be checked on a first reading and
 * converted again on a second.
 */
export class XeroRows {
  private readonly number: number;
  private readonly type: number;
  private readonly levelIndexes: number[];
  /** Which columns describe the invoice and which a line, for the raw record. */
  private readonly invoiceColumns: number[] = [];
  private readonly lineColumns: number[] = [];
  /** Column indexes by name, looked up once: every row asks for the same dozen. */
  private readonly indexes = new Map<string, number>();
  /** Dates already read, by order and text: an export repeats a few hundred days. */
  private readonly days = new Map<string, string>();

  constructor(
    readonly head: HeaderColumns,
    private readonly cells: CellReader,
  ) {
    this.number = head.index('InvoiceNumber');
    this.type = head.index('Type');
    this.levelIndexes = INVOICE_LEVEL.map((name) => head.index(name));
    head.keys.forEach((key, index) => (LINE_LEVEL.has(key.replace(/^\*/, '').toLowerCase()) ? this.lineColumns : this.invoiceColumns).push(index));
  }

  cell(cells: readonly string[], name: string): string {
    let index = this.indexes.get(name);
    if (index === undefined) {
      index = this.head.index(name);
      this.indexes.set(name, index);
    }
    return at(cells, index);
  }

  column(name: string): string {
    return this.head.written(name);
  }

  /** The invoice number as written, untrimmed (empty when missing). */
  numberCell(cells: readonly string[]): string {
    return at(cells, this.number);
  }

  isCreditNote(cells: readonly string[]): boolean {
    return /credit/i.test(at(cells, this.type));
  }

  /** The invoice-level cells, trimmed, in INVOICE_LEVEL order. */
  invoiceLevel(cells: readonly string[]): string[] {
    return this.levelIndexes.map((index) => at(cells, index).trim());
  }

  /** The invoice values of a first row except its dates; problems go to this reader's list. */
  firstRow(cells: readonly string[], line: number): FirstRow {
    const currency = this.cells.currency(this.cell(cells, 'Currency'), line, this.column('Currency'));
    const amount = (name: string, field: string): number | undefined =>
      currency === undefined ? undefined : this.cells.amount(this.cell(cells, name), currency, line, this.column(name), field);
    const totalMinor = amount('Total', 'total');
    const amountPaidMinor = amount('InvoiceAmountPaid', 'amount_paid');
    const amountDueMinor = amount('InvoiceAmountDue', 'amount_due');
    const status = invoiceStatus(this.cell(cells, 'Status'));
    if (status === undefined) {
      this.cells.problems.add({ row: line, column: this.column('Status'), field: 'status', value: this.cell(cells, 'Status'), reason: `expected ${INVOICE_STATUS_HINT}` });
    }
    const issued = this.cells.required(this.cell(cells, 'InvoiceDate'), line, this.column('InvoiceDate'), 'date');
    const due = optionalText(this.cell(cells, 'DueDate'));
    if (currency === undefined || totalMinor === undefined || amountPaidMinor === undefined || amountDueMinor === undefined || status === undefined) {
      return { values: undefined, issued, due };
    }
    const values: InvoiceDraft = {
      externalId: null,
      source: XERO_SOURCE,
      status,
      contactName: optionalText(this.cell(cells, 'ContactName')),
      contactEmail: optionalText(this.cell(cells, 'EmailAddress')),
      currency,
      totalMinor,
      amountPaidMinor,
      amountDueMinor,
      amountCreditedMinor: credited(status, totalMinor, amountPaidMinor, amountDueMinor),
    };
    return { values, issued, due };
  }

  /** The whole invoice from its rows, the date order known; undefined if a value fails. */
  invoice(number: string, rows: readonly (readonly string[])[], order: DateOrder): InvoiceRecord | undefined {
    const first = rows[0];
    if (!first) return undefined;
    const { values, issued, due } = this.firstRow(first, 0);
    if (!values || issued === undefined) return undefined;
    const issuedOn = this.day(issued, order, 'InvoiceDate', 'date');
    const dueOn = due === null ? null : this.day(due, order, 'DueDate', 'due_date');
    if (issuedOn === undefined || dueOn === undefined) return undefined;
    return {
      number,
      ...values,
      issuedOn,
      dueOn,
      // The export carries no modification time; the issue date keeps a re-import unchanged.
      updatedAt: `${issuedOn}T00:00:00.000Z`,
      raw: this.raw(rows),
    };
  }

  private day(text: string, order: DateOrder, column: string, field: string): string | undefined {
    const key = `${order} ${text}`;
    const known = this.days.get(key);
    if (known !== undefined) return known;
    const day = this.cells.calendarDate(text, order, 0, this.column(column), field);
    if (day !== undefined && this.days.size < 100_000) this.days.set(key, day);
    return day;
  }

  /** The invoice's own columns once, then its lines, keyed by the header as the file writes it. */
  private raw(rows: readonly (readonly string[])[]): Record<string, unknown> {
    const keys = this.head.keys;
    const invoiceLevel: Record<string, unknown> = {};
    const first = rows[0] ?? [];
    for (const index of this.invoiceColumns) invoiceLevel[keys[index] ?? ''] = first[index] ?? '';
    invoiceLevel['lines'] = rows.map((cells) => {
      const line: Record<string, string> = {};
      for (const index of this.lineColumns) line[keys[index] ?? ''] = cells[index] ?? '';
      return line;
    });
    return invoiceLevel;
  }
}

/**
 * What neither payments nor the amount due explain was credited (credit notes). A voided or
 * deleted invoice owes nothing because it was cancelled, not credited: Xero's API says 0 there.
 */
function credited(status: string, total: number, paid: number, due: number): number {
  if (status === 'VOIDED' || status === 'DELETED') return 0;
  return Math.max(0, total - paid - due);
}
