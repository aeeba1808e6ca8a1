import type { DateOrder } from '../../../shared/contract/imports';
import { possibleDateOrders } from '../convert/dates';
import type { InvoiceRecord } from '../store/records';
import { CellReader } from './cell-reader';
import { HeaderColumns, missingColumnsReason } from './header-columns';
import type { ProblemList } from './problems';
import { at, countSkipped, emptyConverted, optionalText, type ConvertedFile, type RowConverter } from './row-converter';
import { INVOICE_STATUS_HINT, invoiceStatus } from './status-words';

export const XERO_SOURCE = 'import:xero-invoices';

const REQUIRED = ['InvoiceNumber', 'InvoiceDate', 'Total', 'InvoiceAmountPaid', 'InvoiceAmountDue', 'Currency', 'Status'] as const;

/** Columns that describe the invoice, so every line of it must repeat them unchanged. */
const INVOICE_LEVEL = ['ContactName', 'EmailAddress', 'Reference', 'InvoiceDate', 'DueDate', 'Total', 'TaxTotal', 'InvoiceAmountPaid', 'InvoiceAmountDue', 'Currency', 'Type', 'Status'] as const;

/** Columns that describe one line; the rest of a row describes the invoice. */
const LINE_LEVEL = new Set(
  ['InventoryItemCode', 'Description', 'Quantity', 'UnitAmount', 'Discount', 'LineAmount', 'AccountCode', 'TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1', 'TrackingName2', 'TrackingOption2'].map((name) => name.toLowerCase()),
);

export const AMBIGUOUS_DATES = 'the dates fit both day/month and month/day order: choose one';

export interface XeroInvoicesOptions {
  fileName: string;
  problems: ProblemList;
  /** Chosen by the person; otherwise detected, and asked for when the file cannot tell. */
  dateOrder?: DateOrder | undefined;
}

interface InvoiceRows {
  number: string;
  rows: { line: number; cells: readonly string[] }[];
  /** A line contradicted the first on an invoice-level column: the invoice is not imported. */
  conflicting: boolean;
}

/**
 * Xero's sales invoice export: one row per line item with the invoice's own columns repeated.
 * Rows are grouped by InvoiceNumber into one invoice each; credit notes are skipped.
 */
export class XeroInvoices implements RowConverter {
  private head: HeaderColumns | null = null;
  private readonly cells: CellReader;
  private readonly invoices = new Map<string, InvoiceRows>();
  private readonly skipped = new Map<string, number>();

  constructor(private readonly options: XeroInvoicesOptions) {
    this.cells = new CellReader(options.fileName, options.problems);
  }

  header(names: readonly string[]): boolean {
    const header = new HeaderColumns(names);
    const missing = header.missing(REQUIRED);
    if (missing.length > 0) {
      this.options.problems.add({ row: 1, reason: missingColumnsReason(missing) });
      return false;
    }
    this.head = header;
    return true;
  }

  row(cells: readonly string[], line: number): void {
    const number = this.cells.required(this.cell(cells, 'InvoiceNumber'), line, this.column('InvoiceNumber'), 'number');
    if (number === undefined) return;
    if (/credit/i.test(this.cell(cells, 'Type'))) {
      countSkipped(this.skipped, 'credit note');
      return;
    }
    const invoice = this.invoices.get(number);
    if (!invoice) {
      this.invoices.set(number, { number, rows: [{ line, cells }], conflicting: false });
      return;
    }
    const first = invoice.rows[0];
    if (first) {
      for (const name of INVOICE_LEVEL) {
        const value = this.cell(cells, name).trim();
        const expected = this.cell(first.cells, name).trim();
        if (value === expected) continue;
        invoice.conflicting = true;
        this.options.problems.add({
          row: line,
          column: this.column(name),
          field: name,
          value,
          reason: `invoice ${number} has "${expected}" on row ${first.line}: every line of an invoice must repeat the same ${name}`,
        });
      }
    }
    invoice.rows.push({ line, cells });
  }

  finish(): ConvertedFile {
    const result = emptyConverted();
    result.skipped = this.skipped;
    const dates: string[] = [];
    for (const invoice of this.invoices.values()) {
      const first = invoice.rows[0]?.cells ?? [];
      for (const name of ['InvoiceDate', 'DueDate']) {
        const value = this.cell(first, name).trim();
        if (value !== '') dates.push(value);
      }
    }
    result.dateOrders = dates.length === 0 ? [] : possibleDateOrders(dates);
    let order = this.options.dateOrder;
    if (order === undefined) {
      if (result.dateOrders.length > 1) {
        result.dateOrderUndecided = true;
        this.options.problems.add({ row: null, column: this.column('InvoiceDate'), field: 'date', reason: AMBIGUOUS_DATES });
      }
      order = result.dateOrders[0] ?? mostReadable(dates);
    }
    const invoices: InvoiceRecord[] = [];
    for (const invoice of this.invoices.values()) {
      if (invoice.conflicting) continue;
      const record = this.invoice(invoice, result.dateOrderUndecided ? null : order);
      if (record) invoices.push(record);
    }
    // Grouped rows cannot be converted one at a time on a second reading: keep the records.
    result.records = { kind: 'kept', payments: [], refunds: [], invoices };
    result.counts.invoices = invoices.length;
    return result;
  }

  /** One invoice from its rows; dates are left empty while the date order is undecided. */
  private invoice(invoice: InvoiceRows, order: DateOrder | null): InvoiceRecord | undefined {
    const first = invoice.rows[0];
    if (!first) return undefined;
    const { line, cells } = first;
    const currency = this.cells.currency(this.cell(cells, 'Currency'), line, this.column('Currency'));
    const amount = (name: string, field: string): number | undefined =>
      currency === undefined ? undefined : this.cells.amount(this.cell(cells, name), currency, line, this.column(name), field);
    const totalMinor = amount('Total', 'total');
    const amountPaidMinor = amount('InvoiceAmountPaid', 'amount_paid');
    const amountDueMinor = amount('InvoiceAmountDue', 'amount_due');
    const status = invoiceStatus(this.cell(cells, 'Status'));
    if (status === undefined) {
      this.options.problems.add({ row: line, column: this.column('Status'), field: 'status', value: this.cell(cells, 'Status'), reason: `expected ${INVOICE_STATUS_HINT}` });
    }
    const issued = this.cells.required(this.cell(cells, 'InvoiceDate'), line, this.column('InvoiceDate'), 'date');
    const due = optionalText(this.cell(cells, 'DueDate'));
    const issuedOn = issued === undefined || order === null ? undefined : this.cells.calendarDate(issued, order, line, this.column('InvoiceDate'), 'date');
    const dueOn = due === null || order === null ? null : this.cells.calendarDate(due, order, line, this.column('DueDate'), 'due_date');
    if (currency === undefined || totalMinor === undefined || amountPaidMinor === undefined || amountDueMinor === undefined) return undefined;
    if (status === undefined || issued === undefined || (order !== null && (issuedOn === undefined || dueOn === undefined))) return undefined;
    return {
      number: invoice.number,
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
      issuedOn: issuedOn ?? null,
      dueOn: dueOn ?? null,
      // The export carries no modification time; the issue date keeps a re-import unchanged.
      updatedAt: `${issuedOn ?? '1970-01-01'}T00:00:00.000Z`,
      raw: this.raw(invoice),
    };
  }

  /** The invoice's own columns once, then its lines. */
  private raw(invoice: InvoiceRows): Record<string, unknown> {
    const header = this.head;
    if (!header) return {};
    const invoiceLevel: Record<string, unknown> = {};
    const first = header.rowObject(invoice.rows[0]?.cells ?? []);
    for (const [key, value] of Object.entries(first)) if (!LINE_LEVEL.has(key.replace(/^\*/, '').toLowerCase())) invoiceLevel[key] = value;
    invoiceLevel['lines'] = invoice.rows.map(({ cells }) => {
      const line: Record<string, string> = {};
      for (const [key, value] of Object.entries(header.rowObject(cells))) if (LINE_LEVEL.has(key.replace(/^\*/, '').toLowerCase())) line[key] = value;
      return line;
    });
    return invoiceLevel;
  }

  private cell(cells: readonly string[], name: string): string {
    return at(cells, this.head?.index(name) ?? -1);
  }

  private column(name: string): string {
    return this.head?.written(name) ?? name;
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

/** With no order reading every date, report against the one that reads most of them. */
function mostReadable(dates: readonly string[]): DateOrder {
  const orders: DateOrder[] = ['ymd', 'dmy', 'mdy'];
  const readable = orders.map((order) => dates.filter((date) => possibleDateOrders([date]).includes(order)).length);
  const best = Math.max(...readable);
  return orders[readable.indexOf(best)] ?? 'ymd';
}
