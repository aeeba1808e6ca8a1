import type { Mapping, MappingField } from '../../../shared/contract/imports';
import { CellReader } from './cell-reader';
import { HeaderColumns, missingColumnsReason } from './header-columns';
import { MappingRows } from './mapping-rows';
import { ProblemList } from './problems';
import { emptyConverted, FileChangedError, type ConvertedFile, type RecordSink, type RowConverter } from './row-converter';

export interface MappingReaderOptions {
  fileName: string;
  problems: ProblemList;
  mapping: Mapping;
}

/** The fields a record cannot do without; currency only when the mapping names no default. */
export function requiredFields(mapping: Mapping): MappingField[] {
  const fields: MappingField[] = mapping.target === 'payments' ? ['id', 'amount', 'date'] : ['number', 'total', 'date'];
  if (mapping.defaultCurrency === null) fields.push('currency');
  return fields;
}

/**
 * Reads any other system's export through a saved mapping. One row is one payment or one
 * invoice: the first reading checks every row and keeps only the keys (a repeat is a problem
 * naming both rows); saving reads the rows again and converts them the same way.
 */
export class MappingReader implements RowConverter {
  private rows: MappingRows | null = null;
  private head: HeaderColumns | null = null;
  private readonly result: ConvertedFile = emptyConverted();
  private readonly keys = new Map<string, number>();

  constructor(private readonly options: MappingReaderOptions) {}

  header(names: readonly string[]): boolean {
    const { mapping, problems } = this.options;
    const unmapped = requiredFields(mapping).filter((field) => mapping.columns[field] === undefined);
    if (unmapped.length > 0) {
      problems.add({ row: null, reason: `the mapping "${mapping.name}" does not say which column holds: ${unmapped.join(', ')}` });
      return false;
    }
    const head = new HeaderColumns(names);
    const named = Object.values(mapping.columns).filter((column): column is string => column !== undefined);
    const missing = head.missing(named);
    if (missing.length > 0) {
      problems.add({ row: 1, reason: missingColumnsReason(missing, ` (named by the mapping "${mapping.name}")`) });
      return false;
    }
    this.head = head;
    this.rows = new MappingRows(mapping, head, new CellReader(this.options.fileName, problems));
    return true;
  }

  row(cells: readonly string[], line: number): void {
    const rows = this.rows;
    if (!rows) return;
    if (this.options.mapping.target === 'payments') {
      const payment = rows.payment(cells, line, false);
      if (payment && this.firstSighting(rows, payment.id, line, 'id')) this.result.counts.payments += 1;
    } else {
      const invoice = rows.invoice(cells, line, false);
      if (invoice && this.firstSighting(rows, invoice.number, line, 'number')) this.result.counts.invoices += 1;
    }
  }

  finish(): ConvertedFile {
    const head = this.head;
    if (head) {
      // A second reader with its own problem list: any problem now means the file changed.
      const again = new ProblemList();
      const rows = new MappingRows(this.options.mapping, head, new CellReader(this.options.fileName, again));
      this.result.records = { kind: 'reread', convert: (cells, sink) => this.convertAgain(rows, again, cells, sink) };
    }
    return this.result;
  }

  private convertAgain(rows: MappingRows, problems: ProblemList, cells: readonly string[], sink: RecordSink): void {
    if (this.options.mapping.target === 'payments') {
      const payment = rows.payment(cells, 0, true);
      if (payment) sink.payment(payment);
    } else {
      const invoice = rows.invoice(cells, 0, true);
      if (invoice) sink.invoice(invoice);
    }
    if (problems.count > 0) throw new FileChangedError(this.options.fileName);
  }

  private firstSighting(rows: MappingRows, key: string, line: number, field: MappingField): boolean {
    const first = this.keys.get(key);
    if (first === undefined) {
      this.keys.set(key, line);
      return true;
    }
    this.options.problems.add({ row: line, column: rows.column(field), field, value: key, reason: `the same ${field} is already on row ${first}` });
    return false;
  }
}
