// `npm run bench`: figures on this machine, printed, never asserted. `npm run bench -- recon`
// (or any of the names in BENCHES) runs only those; `--armed` adds the recon bench's second import.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/core/backend';
import { openDatabase } from '../electron/core/db/open-database';
import { startConsoleServer } from '../electron/server/console-server';
import { generateDataset, startSandbox } from '../electron/sandbox';
import { checkoutsBench } from './checkouts-bench';
import { importBench } from './import-bench';
import { percentile, report, timed } from './measure';
import { outboxBench } from './outbox-bench';
import { syncBench } from './sync-bench';

const quiet = { info: () => undefined, error: () => undefined };

async function datasetGeneration(): Promise<void> {
  const { value: dataset, ms } = await timed(() => generateDataset(42));
  report('sandbox dataset (seed 42)', {
    ms,
    invoices: dataset.billing.invoices.length,
    payment_intents: dataset.gateway.paymentIntents.length,
  });
}

async function databaseCreation(dir: string): Promise<void> {
  const { value: opened, ms } = await timed(() => openDatabase(join(dir, 'bench.db')));
  if (opened.state === 'ready') opened.db.close();
  report('create + migrate database', { ms });
}

async function consoleRoundTrips(dir: string, calls: number): Promise<void> {
  const backend = createBackend({ dataDir: join(dir, 'console'), version: 'bench', connectors: [], sandbox: null, logger: quiet });
  const server = await startConsoleServer({ backend, staticDir: dir, logger: quiet });
  const headers = { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' };
  const latencies: number[] = [];
  const { ms } = await timed(async () => {
    for (let i = 0; i < calls; i += 1) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${server.port}/api/call/connectors.list`, { method: 'POST', headers, body: '{}' });
      await response.json();
      latencies.push(performance.now() - started);
    }
  });
  latencies.sort((a, b) => a - b);
  report('console HTTP call', { calls, per_s: (calls / ms) * 1000, p50_ms: percentile(latencies, 50), p95_ms: percentile(latencies, 95) });
  await server.close();
  await backend.close();
}

async function gatewayPaging(): Promise<void> {
  const sandbox = await startSandbox({ seed: 42 });
  const headers = { authorization: `Bearer ${sandbox.credentials.gatewayKey}` };
  let records = 0;
  let pages = 0;
  const { ms } = await timed(async () => {
    let after: string | null = null;
    for (;;) {
      const url = new URL('/v1/payment_intents', sandbox.gateway.url);
      url.searchParams.set('limit', '100');
      if (after) url.searchParams.set('starting_after', after);
      const page = (await (await fetch(url, { headers })).json()) as { data: { id: string }[]; has_more: boolean };
      records += page.data.length;
      pages += 1;
      after = page.data.at(-1)?.id ?? null;
      if (!page.has_more || !after) break;
    }
  });
  report('sandbox gateway paging', { records, pages, records_per_s: (records / ms) * 1000 });
  await sandbox.close();
}

/** In its own process, so the peak RSS it prints is the reconciliation's alone. */
async function reconciliation(armed: boolean): Promise<void> {
  const script = join(import.meta.dirname, 'recon-bench.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(armed ? ['--armed'] : [])], { stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the reconciliation bench exited with ${code}`);
}

const args = process.argv.slice(2);
const picked = args.filter((arg) => !arg.startsWith('--'));
const dir = mkdtempSync(join(tmpdir(), 'paydesk-bench-'));
const BENCHES: Record<string, () => Promise<void>> = {
  dataset: datasetGeneration,
  database: () => databaseCreation(dir),
  console: () => consoleRoundTrips(dir, 2_000),
  gateway: gatewayPaging,
  sync: syncBench,
  import: () => importBench(),
  recon: () => reconciliation(args.includes('--armed')),
  outbox: outboxBench,
  checkouts: checkoutsBench,
};
try {
  const unknown = picked.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) throw new Error(`unknown bench ${unknown.join(', ')}; pick from ${Object.keys(BENCHES).join(', ')}`);
  for (const [name, bench] of Object.entries(BENCHES)) if (picked.length === 0 || picked.includes(name)) await bench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
