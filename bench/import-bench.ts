// Flat-file import throughput: a million-row Stripe balance report into a fresh database.
// Run alone with `npx tsx bench/import-bench.ts [rows]`; bench/main.ts calls importBench().
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../electron/core/db/open-database';
import { createImportService } from '../electron/core/import/import-service';
import type { ProgressUpdate } from '../electron/core/jobs/job-context';
import { report, timed } from './measure';

const HEADER = [
  'balance_transaction_id', 'created_utc', 'available_on_utc', 'currency', 'gross', 'fee', 'net', 'reporting_category',
  'source_id', 'description', 'customer_id', 'customer_email', 'charge_id', 'payment_intent_id', 'invoice_id',
  'card_brand', 'payment_metadata[invoice_number]', 'payment_metadata[order_id]',
];

const CURRENCIES = [
  { code: 'usd', exponent: 2 },
  { code: 'eur', exponent: 2 },
  { code: 'gbp', exponent: 2 },
  { code: 'jpy', exponent: 0 },
  { code: 'kwd', exponent: 3 },
];

const BRANDS = ['visa', 'mastercard', 'amex', 'jcb'];

function major(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** One report row: mostly charges, a refund every 25th row, a fee or payout every 50th. */
function reportRow(index: number): string {
  const id = index.toString(36).padStart(8, '0');
  const currency = CURRENCIES[index % CURRENCIES.length] ?? { code: 'usd', exponent: 2 };
  const seconds = index * 2;
  const day = 1 + Math.floor(seconds / 86_400) % 28;
  const month = 1 + Math.floor(seconds / (86_400 * 28)) % 12;
  const created = `2026-${pad(month)}-${pad(day)} ${pad(Math.floor(seconds / 3600) % 24)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  const available = `2026-${pad(month)}-${pad(day)} 00:00:00`;
  const grossMinor = 500 + ((index * 7919) % 250_000);
  const feeMinor = Math.floor(grossMinor * 0.029) + 30;
  const cus = `cus_${id}Qx`;
  if (index % 50 === 49) {
    const kind = index % 100 === 99 ? 'payout' : 'fee';
    return [`txn_3P${id}FeEs`, created, available, currency.code, major(-feeMinor, currency.exponent), major(0, currency.exponent), major(-feeMinor, currency.exponent), kind, kind === 'payout' ? `po_3P${id}Pay` : '', kind === 'payout' ? 'STRIPE PAYOUT' : 'Billing - Usage Fee', '', '', '', '', '', '', '', ''].join(',');
  }
  if (index % 25 === 24) {
    // Refunds the charge of the row before, which shares its currency pattern five rows back.
    const refunded = (index - 5).toString(36).padStart(8, '0');
    const amount = major(-(500 + (((index - 5) * 7919) % 250_000)), currency.exponent);
    return [`txn_3P${id}ReFd`, created, available, currency.code, amount, major(0, currency.exponent), amount, 'refund', `re_3P${id}ReFd`, 'REFUND FOR CHARGE', cus, `buyer${index - 5}@example.com`, `ch_3P${refunded}AbCd`, `pi_3P${refunded}AbCd`, '', '', '', ''].join(',');
  }
  const description = index % 10 === 0 ? `"Order ${index}, ${currency.code.toUpperCase()} store"` : `Order ${index}`;
  return [
    `txn_3P${id}AbCd`, created, available, currency.code, major(grossMinor, currency.exponent), major(feeMinor, currency.exponent),
    major(grossMinor - feeMinor, currency.exponent), 'charge', `ch_3P${id}AbCd`, description, cus, `buyer${index}@example.com`,
    `ch_3P${id}AbCd`, `pi_3P${id}AbCd`, index % 3 === 0 ? `in_1P${id}Inv` : '', BRANDS[index % BRANDS.length] ?? 'visa', `INV-${100000 + index}`, `ord_${index}`,
  ].join(',');
}

async function writeReport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER.join(',')}\n`);
  let block: string[] = [];
  for (let index = 0; index < rows; index += 1) {
    block.push(reportRow(index));
    if (block.length === 10_000 || index === rows - 1) {
      if (!out.write(`${block.join('\n')}\n`)) await once(out, 'drain');
      block = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

export async function importBench(rows = 1_000_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-import-bench-'));
  try {
    const file = join(dir, 'balance-report.csv');
    await writeReport(file, rows);
    const opened = openDatabase(join(dir, 'bench.db'));
    if (opened.state !== 'ready') throw new Error(`bench database is ${opened.state}`);
    const service = createImportService({ db: opened.db });
    let peakRss = process.memoryUsage().rss;
    // When each phase began, to show where the time goes.
    const phaseStarts = new Map<string, number>();
    const context = {
      signal: new AbortController().signal,
      progress: (update: ProgressUpdate) => {
        if (!phaseStarts.has(update.phase)) phaseStarts.set(update.phase, performance.now());
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
    };
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { value: outcome, ms } = await timed(() => service.run({ kind: 'path', path: file }, { kind: 'preset', preset: 'stripe-balance-report' }, context));
    const cpu = process.cpuUsage(cpuBefore);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    // The same file again: every row is looked up and found unchanged, nothing is written.
    const again = await timed(() => service.run({ kind: 'path', path: file }, { kind: 'preset', preset: 'stripe-balance-report' }, context));
    opened.db.close();
    report('import stripe report', {
      rows,
      MiB_file: statSync(file).size / 1024 / 1024,
      seconds: ms / 1000,
      // CPU time too: wall time on a shared machine moves with whatever else runs on it.
      cpu_seconds: (cpu.user + cpu.system) / 1e6,
      rows_per_s: (rows / ms) * 1000,
      peak_rss_MiB: peakRss / 1024 / 1024,
    });
    const saving = phaseStarts.get('Saving') ?? started + ms;
    report('  of which', { read_and_check_s: (saving - started) / 1000, save_s: (started + ms - saving) / 1000 });
    process.stderr.write(`${outcome.message}\n`);
    report('  the same file again', { seconds: again.ms / 1000 });
    process.stderr.write(`${again.value.message}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await importBench(process.argv[2] ? Number(process.argv[2]) : undefined);
}
