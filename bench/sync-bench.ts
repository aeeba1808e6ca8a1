// Sync throughput: ~100k payments pulled from sandboxes into one SQLite file. Each seed's sandbox
// runs in its own process (`paydesk sandbox`), as a real partner would, so its rendering does not
// eat into the sync's figures; on two cores they run side by side.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { ConnectorConfig } from '../electron/core/connectors/connector-config';
import { openDatabase } from '../electron/core/db/open-database';
import { ConnectorsRepo } from '../electron/core/health/connectors-repo';
import type { JobContext } from '../electron/core/jobs/job-context';
import { syncConnectors } from '../electron/core/sync';
import { report } from './measure';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_PAYMENTS = 100_000;

interface SandboxProcess {
  child: ChildProcessByStdio<null, Readable, null>;
  connectors: ConnectorConfig[];
}

async function startSandboxProcess(seed: number): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), 'sandbox', '--seed', String(seed), '--json'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise<string>((resolveLine, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const newline = text.indexOf('\n');
      if (newline >= 0) resolveLine(text.slice(0, newline));
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  const described = JSON.parse(line) as { gateway: { url: string; apiKey: string }; billing: { url: string; token: string; tenantId: string } };
  return {
    child,
    connectors: [
      { id: `bench-gateway-${seed}`, kind: 'gateway', name: `Gateway ${seed}`, mode: 'sandbox', baseUrl: described.gateway.url, credentials: { kind: 'gateway', apiKey: described.gateway.apiKey } },
      { id: `bench-billing-${seed}`, kind: 'billing', name: `Billing ${seed}`, mode: 'sandbox', baseUrl: described.billing.url, credentials: { kind: 'billing', accessToken: described.billing.token, tenantId: described.billing.tenantId } },
    ],
  };
}

const quietContext: JobContext = { signal: new AbortController().signal, progress: () => undefined };

export async function syncBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-sync-bench-'));
  const opened = openDatabase(join(dir, 'bench.db'));
  if (opened.state !== 'ready') throw new Error(`bench database: ${opened.state}`);
  const { db } = opened;
  const failures = new ConnectorsRepo(db);
  const totals = { payments: 0, records: 0, pages: 0, requests: 0, ms: 0, seeds: 0 };
  let last: SandboxProcess | null = null;
  try {
    for (let seed = 1; totals.payments < TARGET_PAYMENTS; seed += 1) {
      last?.child.kill();
      last = await startSandboxProcess(seed);
      const started = performance.now();
      const outcome = await syncConnectors({ db, connectors: last.connectors, failures }, quietContext);
      totals.ms += performance.now() - started;
      const { summary } = outcome;
      totals.payments += summary.tables.payments.added;
      totals.records += summary.records;
      totals.pages += summary.pages;
      totals.requests += summary.requests;
      totals.seeds += 1;
    }
    report('sync: full, both partners', {
      seeds: totals.seeds,
      payments: totals.payments,
      records: totals.records,
      pages: totals.pages,
      s: totals.ms / 1000,
      records_per_s: (totals.records / totals.ms) * 1000,
      payments_per_s: (totals.payments / totals.ms) * 1000,
      ms_per_request: totals.ms / totals.requests,
    });
    if (last) {
      const started = performance.now();
      const outcome = await syncConnectors({ db, connectors: last.connectors, failures }, quietContext);
      const { summary } = outcome;
      report('sync: incremental, nothing new', { ms: performance.now() - started, requests: summary.requests, records: summary.records });
    }
  } finally {
    last?.child.kill();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
