import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { openDatabase } from '../../../electron/core/db/open-database';
import { sql } from '../../../electron/core/db/sql';
import { queuePosting } from '../../../electron/core/outbox/queue-posting';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { amountDueMinor } from '../../../electron/sandbox/dataset/invoice-math';
import { createPrng } from '../../../electron/sandbox/prng';
import { parseDecimalToMinor } from '../../../shared/money';
import { useTempDirs } from '../../helpers/temp-dir';

const root = resolve(import.meta.dirname, '..', '..', '..');
const child = resolve(root, 'test/helpers/outbox-worker-child.ts');
const tempDir = useTempDirs();
const POSTINGS = 1_000;
const KILLS = 15;

let sandbox: Sandbox | null = null;
afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

interface Posting {
  paymentId: string;
  invoiceId: string;
  amountMinor: number;
}

/** 1,000 postings, one or two per invoice that still owes money, never more than it owes. */
function plannedPostings(running: Sandbox): Posting[] {
  const postings: Posting[] = [];
  for (const invoice of running.dataset.billing.invoices) {
    const due = amountDueMinor(invoice);
    if (due < 2) continue;
    const first = Math.floor(due / 2);
    for (const amountMinor of [first, due - first]) {
      if (postings.length < POSTINGS) postings.push({ paymentId: `pi_chaos_${String(postings.length).padStart(4, '0')}`, invoiceId: invoice.invoiceId, amountMinor });
    }
  }
  expect(postings).toHaveLength(POSTINGS);
  return postings;
}

function queueAll(db: Database, running: Sandbox, postings: readonly Posting[]): void {
  const byId = new Map(running.dataset.billing.invoices.map((invoice) => [invoice.invoiceId, invoice]));
  db.transaction(() => {
    for (const posting of postings) {
      const invoice = byId.get(posting.invoiceId);
      if (!invoice) throw new Error(`no invoice ${posting.invoiceId}`);
      queuePosting(
        db,
        { connectorId: 'billing', invoiceNumber: invoice.invoiceNumber, invoiceExternalId: invoice.invoiceId, accountCode: '090', paidOn: '2026-10-30', amountMinor: posting.amountMinor, currency: invoice.currency, reference: posting.paymentId, itemKey: null },
        { actor: 'chaos test', now: new Date(), maxAttempts: 10_000, reason: null },
      );
    }
  });
}

/** Runs the worker; kills it with SIGKILL after `killAfterMs` of draining, or lets it finish. */
function runWorker(path: string, running: Sandbox, killAfterMs: number | null): Promise<'killed' | 'settled'> {
  const { billingToken, billingTenantId } = running.credentials;
  // tsx as a loader, not its CLI: the CLI runs the script in a grandchild that SIGKILL would miss.
  const worker = spawn(process.execPath, ['--import', 'tsx', child, path, running.billing.url, billingToken, billingTenantId], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  worker.stdout.on('data', (chunk: Buffer) => {
    if (killAfterMs !== null && chunk.toString().includes('draining')) setTimeout(() => worker.kill('SIGKILL'), killAfterMs);
  });
  return new Promise((resolvePromise, reject) => {
    worker.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolvePromise('killed');
      else if (code === 0) resolvePromise('settled');
      else reject(new Error(`worker exited with ${code}: ${stderr}`));
    });
  });
}

async function billingPaymentsByReference(running: Sandbox, invoiceIds: readonly string[]): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  for (const invoiceId of new Set(invoiceIds)) {
    const response = await fetch(new URL(`/api.xro/2.0/Invoices/${invoiceId}`, running.billing.url), {
      headers: { authorization: `Bearer ${running.credentials.billingToken}`, 'xero-tenant-id': running.credentials.billingTenantId, accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { Invoices: { CurrencyCode: string; Payments?: { Reference?: string; Amount: number }[] }[] };
    const [invoice] = body.Invoices;
    for (const payment of invoice?.Payments ?? []) {
      if (!payment.Reference?.startsWith('pi_chaos_')) continue;
      // String(number) is the shortest decimal for the JSON number billing sent: read exactly.
      const minor = parseDecimalToMinor(String(payment.Amount), invoice?.CurrencyCode ?? '');
      found.set(payment.Reference, [...(found.get(payment.Reference) ?? []), minor]);
    }
  }
  return found;
}

describe('the outbox under chaos', () => {
  it('records every payment in billing exactly once through 30% faults and repeated SIGKILLs', { timeout: 600_000 }, async () => {
    const running = await startSandbox({ seed: 11 });
    sandbox = running;
    const path = join(tempDir(), 'paydesk.db');
    const opened = openDatabase(path);
    if (opened.state !== 'ready') throw new Error(opened.state);
    const postings = plannedPostings(running);
    queueAll(opened.db, running, postings);
    opened.db.close();

    // 5xx answers, responses cut off after billing committed, and hangs past the client's timeout.
    await running.billing.setFaults({ serverErrorRate: 0.15, dropRate: 0.1, hangRate: 0.05 });
    const random = createPrng(5);
    let kills = 0;
    while (kills < KILLS) {
      if ((await runWorker(path, running, random.int(20, 700))) === 'settled') break;
      kills += 1;
    }
    expect(await runWorker(path, running, null)).toBe('settled');
    await running.billing.setFaults({ serverErrorRate: 0, dropRate: 0, hangRate: 0 });

    const recorded = await billingPaymentsByReference(running, postings.map((posting) => posting.invoiceId));
    const twice = [...recorded].filter(([, amounts]) => amounts.length > 1);
    expect(twice).toEqual([]);
    expect(recorded.size).toBe(POSTINGS);
    for (const posting of postings) expect(recorded.get(posting.paymentId), posting.paymentId).toEqual([posting.amountMinor]);

    const after = openDatabase(path);
    if (after.state !== 'ready') throw new Error(after.state);
    expect(after.db.all(sql`SELECT state, count(*) AS n FROM outbox GROUP BY state`)).toEqual([{ state: 'succeeded', n: POSTINGS }]);
    // The chaos did happen: attempts were cut off by a kill, and answers lost after billing
    // committed were caught by the check before the next attempt.
    const outcomes = after.db.all<{ outcome: string; n: number }>(sql`SELECT outcome, count(*) AS n FROM outbox_attempts GROUP BY outcome`);
    const count = (outcome: string): number => outcomes.find((row) => row.outcome === outcome)?.n ?? 0;
    expect(kills).toBeGreaterThan(0);
    expect(count('interrupted')).toBeGreaterThan(0);
    expect(count('already_recorded')).toBeGreaterThan(0);
    expect(count('failed')).toBeGreaterThan(0);
    expect(verifyAudit(after.db)).toMatchObject({ intact: true });
    after.db.close();
  });
});
