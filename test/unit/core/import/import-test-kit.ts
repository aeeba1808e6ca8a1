// Shared set-up for the import tests: a real database in a temp folder and files written there.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportFormat } from '../../../../shared/contract/imports';
import type { Database } from '../../../../electron/core/db/database';
import { openDatabase } from '../../../../electron/core/db/open-database';
import { collectRecords, type RecordBatch } from '../../../../electron/core/import/import-records';
import { MappingsRepo } from '../../../../electron/core/import/mappings-repo';
import { type ImportReading, readImport } from '../../../../electron/core/import/read-import';
import type { JobContext, ProgressUpdate } from '../../../../electron/core/jobs/job-context';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');
export const SAMPLES = join(ROOT, 'resources', 'samples');

export function openTestDb(dir: string): Database {
  const opened = openDatabase(join(dir, 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error(`expected a ready database, got ${opened.state}`);
  return opened.db;
}

export function writeFile(dir: string, name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

type PresetFormat = Extract<ImportFormat, { kind: 'preset' }>;
export const STRIPE: PresetFormat = { kind: 'preset', preset: 'stripe-balance-report' };
export const XERO: PresetFormat = { kind: 'preset', preset: 'xero-invoices' };

/** Reads a file as the service does, without writing anything. */
export async function read(db: Database, path: string, format: ImportFormat): Promise<ImportReading> {
  return readImport({ db, mappings: new MappingsRepo(db) }, { kind: 'path', path }, format);
}

/** The records a clean file turns into. */
export async function recordsOf(db: Database, path: string, format: ImportFormat): Promise<RecordBatch & { reading: ImportReading }> {
  const reading = await read(db, path, format);
  if (reading.problems.count > 0) throw new Error(`unexpected problems: ${reading.problems.kept.map((problem) => problem.message).join('; ')}`);
  return { ...collectRecords(reading), reading };
}

export function rowCounts(db: Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['payments', 'refunds', 'invoices', 'invoice_payments']) {
    counts[table] = db.get<{ n: number }>({ text: `SELECT count(*) AS n FROM ${table}`, values: [] })?.n ?? -1;
  }
  return counts;
}

export function jobContext(onProgress: (update: ProgressUpdate, controller: AbortController) => void = () => undefined): JobContext & { controller: AbortController; updates: ProgressUpdate[] } {
  const controller = new AbortController();
  const updates: ProgressUpdate[] = [];
  return {
    controller,
    updates,
    signal: controller.signal,
    progress: (update) => {
      updates.push(update);
      onProgress(update, controller);
    },
  };
}

/** A stripe-balance-report header and rows, one charge per row unless the row says otherwise. */
export const STRIPE_HEADER =
  'balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,source_id,description,customer_id,customer_email,charge_id,payment_intent_id,invoice_id,payment_metadata[invoice_number]';

export function stripeCharge(index: number, overrides: Partial<Record<'currency' | 'gross' | 'created' | 'description' | 'email', string>> = {}): string {
  const { currency = 'usd', gross = '12.30', created = '2026-10-01 10:00:00', description = `Order ${index}`, email = `c${index}@example.com` } = overrides;
  return [`txn_${index}`, created, currency, gross, '0.00', gross, 'charge', `ch_${index}`, description, `cus_${index}`, email, `ch_${index}`, `pi_${index}`, '', `INV-${index}`].join(',');
}
