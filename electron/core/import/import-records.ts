import type { InvoiceRecord, PaymentRecord, RefundRecord } from '../store/records';
import { CsvChangedError, rereadCsv } from './csv-reread';
import type { ImportReading } from './read-import';
import { FileChangedError, type RecordSink } from './row-converter';

export interface RecordBatch {
  payments: PaymentRecord[];
  refunds: RefundRecord[];
  invoices: InvoiceRecord[];
}

/**
 * Produces the records of a checked file in batches of at most `size`, synchronously (so it can
 * run inside a transaction): from the records a grouping format kept, or by reading the file
 * again and converting each row. Only one batch is alive at a time.
 */
export function eachRecordBatch(reading: ImportReading, size: number, onBatch: (batch: RecordBatch) => void): void {
  const source = reading.converted.records;
  if (source.kind === 'kept') {
    const all: [keyof RecordBatch, readonly (PaymentRecord | RefundRecord | InvoiceRecord)[]][] = [
      ['payments', source.payments],
      ['refunds', source.refunds],
      ['invoices', source.invoices],
    ];
    for (const [kind, records] of all) {
      for (let start = 0; start < records.length; start += size) {
        onBatch({ payments: [], refunds: [], invoices: [], [kind]: records.slice(start, start + size) });
      }
    }
    return;
  }
  const { path } = reading;
  const shape = reading.csv.shape;
  if (path === null || shape === null) return;
  let batch: RecordBatch = { payments: [], refunds: [], invoices: [] };
  let held = 0;
  let produced = 0;
  const flush = (): void => {
    if (held === 0) return;
    produced += held;
    onBatch(batch);
    batch = { payments: [], refunds: [], invoices: [] };
    held = 0;
  };
  const sink: RecordSink = {
    payment: (record) => {
      held = batch.payments.push(record) + batch.refunds.length + batch.invoices.length;
    },
    refund: (record) => {
      held = batch.refunds.push(record) + batch.payments.length + batch.invoices.length;
    },
    invoice: (record) => {
      held = batch.invoices.push(record) + batch.payments.length + batch.refunds.length;
    },
  };
  try {
    rereadCsv(path, shape, (cells) => {
      source.convert(cells, sink);
      if (held >= size) flush();
    });
  } catch (error) {
    if (error instanceof CsvChangedError) throw new FileChangedError(reading.fileName);
    throw error;
  }
  flush();
  // The same rows must give the same records: anything else means the file changed under us.
  const { counts } = reading.converted;
  if (produced !== counts.payments + counts.refunds + counts.invoices) throw new FileChangedError(reading.fileName);
}

/** Every record of a checked file at once: for small files and tests, never for saving. */
export function collectRecords(reading: ImportReading): RecordBatch {
  const all: RecordBatch = { payments: [], refunds: [], invoices: [] };
  eachRecordBatch(reading, 10_000, (batch) => {
    all.payments.push(...batch.payments);
    all.refunds.push(...batch.refunds);
    all.invoices.push(...batch.invoices);
  });
  return all;
}
