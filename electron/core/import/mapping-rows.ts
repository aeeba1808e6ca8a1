import type { Mapping, MappingField } from '../../../shared/contract/imports';
import { decimalToMinor } from '../convert/amount';
import { ConversionError } from '../convert/conversion-error';
import type { InvoiceRecord, PaymentRecord } from '../store/records';
import type { CellReader } from './cell-reader';
import { decimalTextReader, describeNumberStyle } from './decimal-text';
import type { HeaderColumns } from './header-columns';
import { type ReadDate, readMappingDate } from './mapping-dates';
import { at, optionalText } from './row-converter';
import { INVOICE_STATUS_HINT, invoiceStatus, PAYMENT_STATUS_HINT, paymentStatus } from './status-words';

/**
 * One row of any other system's export to a payment or an invoice, as a saved mapping says:
 * which column holds which field, how numbers and dates are written. Pure conversion: the same
 * row always gives the same record.
 */
export class MappingRows {
  private readonly decimalText: (text: string) => string | null;
  private readonly indexes: ReadonlyMap<MappingField, number>;
  readonly source: string;

  constructor(
    private readonly mapping: Mapping,
    private readonly head: HeaderColumns,
    private readonly cells: CellReader,
  ) {
    this.decimalText = decimalTextReader(mapping);
    this.indexes = new Map(
      Object.entries(mapping.columns)
        .filter((entry): entry is [MappingField, string] => entry[1] !== undefined)
        .map(([field, column]) => [field, head.index(column)]),
    );
    this.source = `import:mapping:${mapping.name}`;
  }

  payment(cells: readonly string[], line: number, withRaw: boolean): PaymentRecord | undefined {
    const id = this.cells.required(this.cell(cells, 'id'), line, this.column('id'), 'id');
    const currency = this.currency(cells, line);
    const amountMinor = currency === undefined ? undefined : this.amount(cells, 'amount', currency, line);
    const date = this.date(cells, 'date', line);
    const statusText = optionalText(this.cell(cells, 'status'));
    const status = statusText === null ? 'succeeded' : paymentStatus(statusText);
    if (status === undefined) this.problem(cells, 'status', line, `expected ${PAYMENT_STATUS_HINT}`);
    if (id === undefined || currency === undefined || amountMinor === undefined || date === undefined || status === undefined) return undefined;
    return {
      id,
      chargeId: null,
      source: this.source,
      status,
      amountMinor,
      currency,
      customerId: optionalText(this.cell(cells, 'customer_id')),
      customerEmail: optionalText(this.cell(cells, 'customer_email')),
      invoiceReference: optionalText(this.cell(cells, 'invoice_reference')),
      cardBrand: null,
      cardLast4: null,
      createdAt: date.instant,
      updatedAt: date.instant,
      raw: withRaw ? this.head.rowObject(cells) : null,
    };
  }

  invoice(cells: readonly string[], line: number, withRaw: boolean): InvoiceRecord | undefined {
    const number = this.cells.required(this.cell(cells, 'number'), line, this.column('number'), 'number');
    const currency = this.currency(cells, line);
    const totalMinor = currency === undefined ? undefined : this.amount(cells, 'total', currency, line);
    const paidCell = optionalText(this.cell(cells, 'amount_paid'));
    const amountPaidMinor = currency === undefined ? undefined : paidCell === null ? 0 : this.amount(cells, 'amount_paid', currency, line);
    const issued = this.date(cells, 'date', line);
    const due = optionalText(this.cell(cells, 'due_date')) === null ? null : this.date(cells, 'due_date', line);
    const statusText = optionalText(this.cell(cells, 'status'));
    const status = statusText === null ? 'AUTHORISED' : invoiceStatus(statusText);
    if (status === undefined) this.problem(cells, 'status', line, `expected ${INVOICE_STATUS_HINT}`);
    if (number === undefined || currency === undefined || totalMinor === undefined || amountPaidMinor === undefined) return undefined;
    if (issued === undefined || due === undefined || status === undefined) return undefined;
    return {
      number,
      externalId: null,
      source: this.source,
      status,
      contactName: optionalText(this.cell(cells, 'contact_name')),
      contactEmail: optionalText(this.cell(cells, 'contact_email')),
      currency,
      totalMinor,
      amountPaidMinor,
      amountDueMinor: totalMinor - amountPaidMinor,
      amountCreditedMinor: 0,
      issuedOn: issued.date,
      dueOn: due === null ? null : due.date,
      // The file carries no modification time; the issue date keeps a re-import unchanged.
      updatedAt: `${issued.date}T00:00:00.000Z`,
      raw: withRaw ? this.head.rowObject(cells) : null,
    };
  }

  /** The header the mapping names for a field, as the file writes it. */
  column(field: MappingField): string {
    const index = this.indexes.get(field);
    return index === undefined || index === -1 ? (this.mapping.columns[field] ?? field) : (this.head.names[index] ?? field);
  }

  /** The row's currency, else the mapping's default; an empty cell with no default is a problem. */
  private currency(cells: readonly string[], line: number): string | undefined {
    const cell = this.cell(cells, 'currency');
    const fallback = this.mapping.defaultCurrency;
    if (cell.trim() === '' && fallback !== null) return fallback;
    return this.cells.currency(cell, line, this.column('currency'));
  }

  private amount(cells: readonly string[], field: MappingField, currency: string, line: number): number | undefined {
    const cell = this.cell(cells, field);
    const text = this.decimalText(cell);
    if (text === null) {
      this.problem(cells, field, line, `expected a number written with ${describeNumberStyle(this.mapping)}`);
      return undefined;
    }
    try {
      return decimalToMinor(text, currency, this.cells.location(line, this.column(field), field));
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      // decimalToMinor saw the normalised text; the person should see the cell as written.
      this.problem(cells, field, line, error.reason);
      return undefined;
    }
  }

  private date(cells: readonly string[], field: MappingField, line: number): ReadDate | undefined {
    try {
      return readMappingDate(this.cell(cells, field), this.mapping.dateOrder, this.cells.location(line, this.column(field), field));
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      this.cells.problems.addConversion(error, line, this.column(field));
      return undefined;
    }
  }

  private problem(cells: readonly string[], field: MappingField, line: number, reason: string): void {
    this.cells.problems.add({ row: line, column: this.column(field), field, value: this.cell(cells, field), reason });
  }

  private cell(cells: readonly string[], field: MappingField): string {
    return at(cells, this.indexes.get(field) ?? -1);
  }
}
