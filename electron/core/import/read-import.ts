import { basename } from 'node:path';
import type { ImportFormat, ImportSource } from '../../../shared/contract/imports';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { UploadStore } from '../uploads/upload-store';
import { type CsvReadResult, readCsv } from './csv-reader';
import type { Delimiter } from './csv-sniff';
import { MappingReader } from './mapping-reader';
import type { MappingsRepo } from './mappings-repo';
import { ProblemList } from './problems';
import { emptyConverted, type ConvertedFile, type PaymentLookup, type RowConverter } from './row-converter';
import { StripeBalanceReport } from './stripe-balance-report';
import { XeroInvoices } from './xero-invoices';

export interface ImportDeps {
  db: Database;
  /** Files uploaded to the browser console; absent where only paths are imported (the CLI). */
  uploads?: Pick<UploadStore, 'find'> | null | undefined;
  mappings: MappingsRepo;
}

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  onPhase?: ((phase: 'Reading file' | 'Checking rows', recordsDone: number) => void) | undefined;
}

/** A file read and converted in full, nothing written: what preview shows and run writes. */
export interface ImportReading {
  fileName: string;
  /** The file read, for the second reading that saves it; null when there was none. */
  path: string | null;
  csv: CsvReadResult;
  converted: ConvertedFile;
  problems: ProblemList;
}

const NO_ROWS: CsvReadResult = { header: null, shape: null, rowCount: 0, sampleRows: [] };

export async function readImport(deps: ImportDeps, source: ImportSource, format: ImportFormat, options: ReadOptions = {}): Promise<ImportReading> {
  const problems = new ProblemList();
  const file = locate(deps, source);
  const fileName = file.fileName;
  if (file.path === null) {
    problems.add({ row: null, reason: file.reason });
    return { fileName, path: null, csv: NO_ROWS, converted: emptyConverted(), problems };
  }
  const converter = makeConverter(deps, format, fileName, problems);
  if (converter === null) return { fileName, path: null, csv: NO_ROWS, converted: emptyConverted(), problems };
  options.onPhase?.('Reading file', 0);
  const csv = await readCsv(file.path, converter.sink, {
    delimiter: converter.delimiter,
    problems,
    signal: options.signal,
    onProgress: (rows) => options.onPhase?.('Reading file', rows),
  });
  if (csv.header !== null && csv.rowCount === 0 && problems.count === 0) {
    problems.add({ row: null, reason: 'the file has a header but no rows' });
  }
  if (csv.header === null) return { fileName, path: file.path, csv, converted: emptyConverted(), problems };
  options.onPhase?.('Checking rows', csv.rowCount);
  return { fileName, path: file.path, csv, converted: converter.sink.finish(), problems };
}

type Located = { path: string; fileName: string } | { path: null; fileName: string; reason: string };

function locate(deps: ImportDeps, source: ImportSource): Located {
  switch (source.kind) {
    case 'path':
      return { path: source.path, fileName: basename(source.path) };
    case 'upload': {
      const upload = deps.uploads?.find(source.uploadId);
      return upload
        ? { path: upload.path, fileName: upload.fileName }
        : { path: null, fileName: 'upload', reason: 'the uploaded file is no longer here: upload it again' };
    }
    default:
      return assertNever(source);
  }
}

interface Converter {
  sink: RowConverter;
  delimiter: Delimiter | null;
}

function makeConverter(deps: ImportDeps, format: ImportFormat, fileName: string, problems: ProblemList): Converter | null {
  switch (format.kind) {
    case 'preset':
      switch (format.preset) {
        case 'stripe-balance-report':
          return {
            sink: new StripeBalanceReport({ fileName, problems, lookup: paymentLookup(deps.db), invoiceReferenceKey: format.invoiceReferenceKey }),
            delimiter: null,
          };
        case 'xero-invoices':
          return { sink: new XeroInvoices({ fileName, problems, dateOrder: format.dateOrder }), delimiter: null };
        default:
          return assertNever(format.preset);
      }
    case 'mapping': {
      const mapping = deps.mappings.get(format.name);
      if (!mapping) {
        problems.add({ row: null, reason: `there is no saved mapping named "${format.name}"` });
        return null;
      }
      return { sink: new MappingReader({ fileName, problems, mapping }), delimiter: mapping.delimiter };
    }
    default:
      return assertNever(format);
  }
}

/** Charges Paydesk already stores, by charge id: one indexed read each, none for an empty table. */
function paymentLookup(db: Database): PaymentLookup {
  const anyPayments = db.get(sql`SELECT 1 AS one FROM payments LIMIT 1`) !== undefined;
  if (!anyPayments) return { paymentIdForCharge: () => undefined };
  return { paymentIdForCharge: (chargeId) => db.get<{ id: string }>(sql`SELECT id FROM payments WHERE charge_id = ${chargeId}`)?.id };
}

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
