import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportFormat, ImportPreview, ImportSource } from '../../../shared/contract/imports';
import type { Database } from '../db/database';
import { type JobContext, type JobOutcome, throwIfCancelled } from '../jobs/job-context';
import { type BatchOutcome, changedTables, SourceStore, type WriteCounts } from '../store/source-store';
import { osUser } from '../settings/os-user';
import type { UploadStore } from '../uploads/upload-store';
import { auditImported, auditImportStopped, type ImportAuditor } from './import-audit';
import { importMessage, importSummary } from './import-outcome';
import { MappingsRepo } from './mappings-repo';
import { eachRecordBatch } from './import-records';
import { ImportProblemsError } from './problems';
import { type ImportReading, readImport } from './read-import';

/**
 * Records per SourceStore call: progress and a cancel check between each, and few enough that a
 * batch is still young garbage when the next one starts.
 */
const SAVE_BATCH = 1000;

export interface ImportService {
  /** Reads and checks the whole file; writes nothing. */
  preview(source: ImportSource, format: ImportFormat): Promise<ImportPreview>;
  /**
   * Reads and checks the whole file as preview does; if it has no problem at all, reads it again
   * inside one transaction and writes all of it with its audit entry. Any problem: an
   * ImportProblemsError, nothing written but an audit entry saying why.
   */
  run(source: ImportSource, format: ImportFormat, context: JobContext): Promise<JobOutcome>;
  /** Saved field mappings, for `mappings.list`, `mappings.save` and `mappings.delete`. */
  readonly mappings: MappingsRepo;
}

export interface ImportServiceDeps {
  db: Database;
  /** Where browser-console uploads are kept; not needed to import from a path. */
  uploads?: Pick<UploadStore, 'find'> | null;
  now?: () => Date;
  /** Who imports and edits mappings, named in the audit trail; the OS user by default. */
  actor?: () => string;
}

export function createImportService({ db, uploads = null, now = () => new Date(), actor = osUser }: ImportServiceDeps): ImportService {
  const mappings = new MappingsRepo(db, now, actor);
  const deps = { db, uploads, mappings };
  const auditor: ImportAuditor = { actor, now };
  return {
    mappings,

    async preview(source, format) {
      const { fileName, csv, converted, problems } = await readImport(deps, source, format);
      return {
        fileName,
        rowCount: csv.rowCount,
        columns: csv.header ?? [],
        sampleRows: csv.sampleRows,
        counts: { ...converted.counts, invoicePayments: 0 },
        problems: problems.kept,
        problemCount: problems.count,
        dateOrders: converted.dateOrders,
        canCommit: problems.count === 0 && !converted.dateOrderUndecided,
      };
    },

    async run(source, format, context) {
      let fileName = source.kind === 'path' ? basename(source.path) : 'upload';
      try {
        const { signal } = context;
        throwIfCancelled(signal);
        const reading = await readImport(deps, source, format, {
          signal,
          onPhase: (phase, recordsDone) => context.progress({ phase, recordsDone }),
        });
        const { csv, converted, problems } = reading;
        fileName = reading.fileName;
        if (problems.count > 0 || converted.dateOrderUndecided) {
          throw new ImportProblemsError(fileName, problems.kept, problems.count);
        }
        // Let a cancel that arrived while the last rows were checked land before anything is written.
        await nextTurn();
        throwIfCancelled(signal);
        const outcome = save(db, reading, context, (saved) =>
          auditImported(db, auditor, format, importSummary(fileName, csv.rowCount, converted, saved)),
        );
        const summary = importSummary(fileName, csv.rowCount, converted, outcome);
        return { message: importMessage(summary), summary, tables: [...changedTables(outcome), 'audit_log'] };
      } catch (error) {
        auditImportStopped(db, auditor, format, fileName, error);
        throw error;
      }
    },
  };
}

/**
 * Everything in one transaction: a file is imported whole or not at all, together with what
 * `record` writes about it. A cancel noticed between batches throws inside the transaction,
 * which rolls it back.
 */
function save(db: Database, reading: ImportReading, context: JobContext, record: (saved: BatchOutcome) => void): BatchOutcome {
  const store = new SourceStore(db);
  const { counts } = reading.converted;
  const recordsTotal = counts.payments + counts.refunds + counts.invoices;
  const totals: BatchOutcome = {
    payments: zero(),
    refunds: zero(),
    checkouts: zero(),
    invoices: zero(),
    invoicePayments: zero(),
  };
  context.progress({ phase: 'Saving', recordsDone: 0, recordsTotal });
  db.transaction(() => {
    let recordsDone = 0;
    eachRecordBatch(reading, SAVE_BATCH, (batch) => {
      throwIfCancelled(context.signal);
      const outcome = store.write(batch);
      add(totals.payments, outcome.payments);
      add(totals.refunds, outcome.refunds);
      add(totals.invoices, outcome.invoices);
      recordsDone += batch.payments.length + batch.refunds.length + batch.invoices.length;
      context.progress({ phase: 'Saving', recordsDone, recordsTotal });
    });
    throwIfCancelled(context.signal);
    record(totals);
  });
  return totals;
}

function zero(): WriteCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

function add(total: WriteCounts, counts: WriteCounts): void {
  total.added += counts.added;
  total.updated += counts.updated;
  total.unchanged += counts.unchanged;
}
