import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/db/sql';
import { claimRow, finishAttempt } from '../../../electron/core/outbox/attempt-log';
import { queuePosting } from '../../../electron/core/outbox/queue-posting';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { amountDueMinor } from '../../../electron/sandbox/dataset/invoice-math';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const root = resolve(import.meta.dirname, '..', '..', '..');
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
const cli = resolve(root, 'electron/cli/main.ts');
const tempDir = useTempDirs();
let sandbox: Sandbox | null = null;

afterEach(async () => {
  await sandbox?.close();
  sandbox = null;
});

/** Runs the CLI without blocking the event loop: the sandbox it talks to lives in this process. */
function paydesk(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [tsx, cli, ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

/** A database with one payment dead-lettered against an invoice of the sandbox that still owes it. */
async function deadLettered(): Promise<{ path: string; running: Sandbox; paymentId: string }> {
  const running = await startSandbox({ seed: 9 });
  sandbox = running;
  const invoice = running.dataset.billing.invoices.find((candidate) => amountDueMinor(candidate) > 0);
  if (!invoice) throw new Error('the sandbox has no invoice with money due');
  const dir = tempDir();
  const db = openTestDatabase(dir);
  const now = new Date();
  const row = queuePosting(
    db,
    { connectorId: 'sandbox-billing', invoiceNumber: invoice.invoiceNumber, invoiceExternalId: invoice.invoiceId, accountCode: '090', paidOn: '2026-10-30', amountMinor: amountDueMinor(invoice), currency: invoice.currency, reference: 'pi_cli_1', itemKey: null },
    { actor: 'ada', now, maxAttempts: 1, reason: null },
  );
  const claim = claimRow(db, row.id, { now, leaseMs: 1_000, actor: 'ada', takeOver: false });
  if (!claim) throw new Error('not claimed');
  finishAttempt(db, claim, { outcome: 'failed', failureClass: 'system', httpStatus: 503, retryAfterMs: null, message: 'HTTP 503', exchanges: [] }, { now, actor: 'ada', next: { state: 'dead', why: 'gave up after 1 attempts' } });
  db.close();
  return { path: join(dir, 'paydesk.db'), running, paymentId: 'pi_cli_1' };
}

describe('paydesk outbox', () => {
  it('lists the queue as JSON, and filters it by state', async () => {
    const { path } = await deadLettered();
    const all = await paydesk('outbox', 'list', '--db', path, '--json');
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ rows: [{ id: 1, state: 'dead', failureClass: 'system', paymentId: 'pi_cli_1', attempts: 1 }] });
    expect(JSON.parse((await paydesk('outbox', 'list', '--db', path, '--state', 'pending', '--json')).stdout)).toEqual({ rows: [] });
    const bad = await paydesk('outbox', 'list', '--db', path, '--state', 'stuck');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--state stuck: expected one of pending, in_flight, succeeded, failed, dead, cancelled');
  });

  it('retries every failed row: queued again without credentials, sent and recorded with them', async () => {
    const { path, running } = await deadLettered();
    const queued = await paydesk('outbox', 'retry', '--all-failed', '--db', path, '--json');
    expect(queued.status).toBe(0);
    expect(queued.stderr).toContain('1 row(s) queued again');
    expect(JSON.parse(queued.stdout)).toMatchObject({ rows: [{ state: 'pending' }] });

    const { billingToken, billingTenantId } = running.credentials;
    const sent = await paydesk('outbox', 'retry', '--id', '1', '--db', path, '--billing-url', running.billing.url, '--billing-token', billingToken, '--billing-tenant', billingTenantId, '--json');
    expect(sent.stderr).toBe('1 row(s) queued again\n');
    expect(sent.status).toBe(0);
    expect(JSON.parse(sent.stdout)).toMatchObject({ rows: [{ state: 'succeeded', attempts: 2 }] });
    const db = openTestDatabase(resolve(path, '..'));
    expect(db.all(sql`SELECT action, reason FROM audit_log WHERE action = 'outbox.retry'`)).toEqual([
      { action: 'outbox.retry', reason: 'paydesk outbox retry --all-failed from the command line' },
      { action: 'outbox.retry', reason: 'paydesk outbox retry from the command line' },
    ]);
    db.close();
  });

  it('exits non-zero saying what is still not recorded when billing cannot be reached', async () => {
    const { path, running } = await deadLettered();
    await running.billing.setFaults({ down: true });
    const result = await paydesk('outbox', 'retry', '--all-failed', '--db', path, '--billing-url', running.billing.url, '--billing-token', running.credentials.billingToken);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('paydesk: 1 of 1 not recorded yet: 1 failed');
  });
});
