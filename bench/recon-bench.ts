// Issue 4's benchmark: a million payments and a million invoices imported from the two CSV
// presets, reconciled, and the exact-reference join compared with DuckDB's on the same data.
// bench/main.ts runs this file in a child process so that its peak RSS is its own; run it alone
// with `npx tsx bench/recon-bench.ts [invoices] [--armed]` (--armed: see importWithArmedTriggers).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Database } from '../electron/core/db/database';
import { openDatabase } from '../electron/core/db/open-database';
import { sql } from '../electron/core/db/sql';
import { createImportService } from '../electron/core/import/import-service';
import type { JobContext } from '../electron/core/jobs/job-context';
import { InvoiceIndex } from '../electron/core/reconcile/engine/invoice-index';
import { referencePairs } from '../electron/core/reconcile/engine/link-passes';
import { runReconciliation } from '../electron/core/reconcile/run-reconciliation';
import { loadAll } from '../electron/core/reconcile/store/load-all';
import { report, timed } from './measure';
import { type GeneratedCounts, writeReconFiles } from './recon-data';

const TARGET_SECONDS = 10;
const TARGET_PEAK_GIB = 1.5;
const TARGET_RATIO = 3;

const quiet: JobContext = { signal: new AbortController().signal, progress: () => undefined };

interface Files {
  stripe: string;
  xero: string;
  counts: GeneratedCounts;
}

function openFresh(path: string): Database {
  const opened = openDatabase(path);
  if (opened.state !== 'ready') throw new Error(`bench database is ${opened.state}`);
  return opened.db;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** One file through the import service, exactly as `paydesk import` runs it. */
async function importFile(db: Database, path: string, preset: 'stripe-balance-report' | 'xero-invoices'): Promise<number> {
  const service = createImportService({ db });
  const cpu = process.cpuUsage();
  const { value: outcome, ms } = await timed(() => service.run({ kind: 'path', path }, { kind: 'preset', preset }, quiet));
  report(`  import ${preset}`, {
    MiB: statSync(path).size / 1024 / 1024,
    s: ms / 1000,
    cpu_s: cpuSeconds(cpu),
    covers: 'ImportService.run as paydesk import: read + check, then save in one transaction (commit and WAL checkpoint included)',
  });
  process.stderr.write(`    ${outcome.message}\n`);
  return ms / 1000;
}

async function generate(dir: string, invoices: number): Promise<Files> {
  const stripe = join(dir, 'balance-report.csv');
  const xero = join(dir, 'xero-invoices.csv');
  const { value: counts, ms } = await timed(() => writeReconFiles(stripe, xero, invoices));
  report('recon: generate CSVs', { invoices: counts.invoices, invoice_rows: counts.invoiceRows, payments: counts.payments, refunds: counts.refunds, s: ms / 1000 });
  return { stripe, xero, counts };
}

/** The reconciliation classes found, against what the data was made to hold. */
function checkClasses(db: Database, counts: GeneratedCounts): void {
  const found = new Map(db.all<{ class: string; n: number }>(sql`SELECT class, count(*) AS n FROM exceptions GROUP BY class`).map((row) => [row.class, row.n]));
  const planned: Record<string, number> = { ...counts.classes, orphan_payment: counts.orphans };
  const figures: Record<string, string> = {};
  for (const name of new Set([...Object.keys(planned), ...found.keys()])) figures[name] = `${found.get(name) ?? 0}/${planned[name] ?? 0}`;
  report('  classes found/planned', figures);
}

/** The main figures: import both files into a fresh database, then reconcile everything. */
async function importAndReconcile(dir: string, files: Files): Promise<Database> {
  const db = openFresh(join(dir, 'recon.db'));
  process.stdout.write('recon: import + reconcile (fresh database: the recon_dirty triggers are idle until the first run)\n');
  const stripeSeconds = await importFile(db, files.stripe, 'stripe-balance-report');
  const xeroSeconds = await importFile(db, files.xero, 'xero-invoices');
  const cpu = process.cpuUsage();
  const { value: run, ms } = await timed(() => runReconciliation(db, { now: () => new Date() }));
  report('  reconcile (full run)', {
    s: ms / 1000,
    cpu_s: cpuSeconds(cpu),
    invoices: run?.invoicesEvaluated ?? 0,
    payments: run?.paymentsEvaluated ?? 0,
    covers: 'runReconciliation: load from SQLite, link, classify, store the items',
  });
  checkClasses(db, files.counts);
  const total = stripeSeconds + xeroSeconds + ms / 1000;
  const peakGiB = process.resourceUsage().maxRSS / 1024 / 1024;
  report('  import + reconcile', { s: total, target_s: TARGET_SECONDS, within: total <= TARGET_SECONDS ? 'yes' : 'NO', covers: 'the two imports and the reconcile above, wall time' });
  report('  peak RSS', {
    GiB: peakGiB,
    target_GiB: TARGET_PEAK_GIB,
    within: peakGiB <= TARGET_PEAK_GIB ? 'yes' : 'NO',
    covers: 'maxRSS of this process up to here: generation, both imports, reconcile (DuckDB not started yet)',
  });
  return db;
}

/**
 * The same import into a database that has been reconciled once, so migration 0005's triggers
 * note every new row in recon_dirty: what a month's file costs after the first run.
 */
async function importWithArmedTriggers(dir: string, files: Files): Promise<void> {
  const db = openFresh(join(dir, 'armed.db'));
  await runReconciliation(db, { now: () => new Date() });
  process.stdout.write('recon: import with the recon_dirty triggers armed (database reconciled once before)\n');
  await importFile(db, files.stripe, 'stripe-balance-report');
  await importFile(db, files.xero, 'xero-invoices');
  const dirty = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM recon_dirty`)?.n ?? 0;
  report('  noted in recon_dirty', { rows: dirty });
  db.close();
}

/**
 * The exact-reference join alone, ours against DuckDB's, both on data already in memory: load
 * times are printed apart and left out of the ratio.
 */
async function referenceJoin(db: Database, files: Files): Promise<void> {
  const { value: input, ms: loadMs } = await timed(() => loadAll(db));
  const { value: ourPairs, ms: ourMs } = await timed(() => referencePairs(input.payments, new InvoiceIndex(input.invoices)).length);
  report('recon: exact-reference join, ours', {
    pairs: ourPairs,
    ms: ourMs,
    load_from_sqlite_s: loadMs / 1000,
    covers: 'new InvoiceIndex(invoices) + referencePairs(payments): engine/link-passes.ts on loadAll() arrays, one thread; the load is not in ms',
  });

  const instance = await DuckDBInstance.create(':memory:');
  const duck = await instance.connect();
  try {
    const { ms: duckLoadMs } = await timed(async () => {
      await duck.run(`CREATE TABLE payments AS SELECT payment_intent_id AS id, "payment_metadata[invoice_number]" AS reference
        FROM read_csv('${files.stripe}', header = true, all_varchar = true) WHERE reporting_category = 'charge'`);
      await duck.run(`CREATE TABLE invoices AS SELECT DISTINCT InvoiceNumber AS number
        FROM read_csv('${files.xero}', header = true, all_varchar = true) WHERE Type NOT ILIKE '%credit%'`);
    });
    const { ms: duckMs } = await timed(() =>
      duck.run('CREATE TEMP TABLE pairs AS SELECT p.id, i.number FROM payments AS p JOIN invoices AS i ON p.reference = i.number'),
    );
    const rows = (await duck.runAndReadAll('SELECT count(*) FROM pairs')).getRows();
    const threads = (await duck.runAndReadAll("SELECT current_setting('threads')")).getRows();
    report('recon: exact-reference join, DuckDB', {
      pairs: String(rows[0]?.[0] ?? '?'),
      ms: duckMs,
      load_csv_s: duckLoadMs / 1000,
      threads: String(threads[0]?.[0] ?? '?'),
      covers: 'CREATE TEMP TABLE pairs AS SELECT … JOIN ON reference = number; tables read from the same CSVs beforehand, not in ms',
    });
    const ratio = ourMs / duckMs;
    report('  ours / DuckDB', { ratio, target: TARGET_RATIO, within: ratio <= TARGET_RATIO ? 'yes' : 'NO', covers: 'ms of the two lines above' });
    // Ours runs on one thread: the same join with DuckDB held to one thread too, for comparison.
    await duck.run('SET threads = 1');
    const { ms: oneThreadMs } = await timed(() =>
      duck.run('CREATE OR REPLACE TEMP TABLE pairs AS SELECT p.id, i.number FROM payments AS p JOIN invoices AS i ON p.reference = i.number'),
    );
    report('  DuckDB on one thread', { ms: oneThreadMs, ours_ratio: ourMs / oneThreadMs });
  } finally {
    duck.closeSync();
    instance.closeSync();
  }
}

export async function reconBench(invoices = 1_000_000, armed = false): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-recon-bench-'));
  try {
    const files = await generate(dir, invoices);
    const db = await importAndReconcile(dir, files);
    try {
      await referenceJoin(db, files);
    } finally {
      db.close();
    }
    if (armed) await importWithArmedTriggers(dir, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const count = args.find((arg) => /^\d+$/.test(arg));
  await reconBench(count ? Number(count) : undefined, args.includes('--armed'));
}
