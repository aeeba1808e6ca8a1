import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { count, openTestDatabase } from './sync-fixture';

const RUNNER = fileURLToPath(new URL('./sync-cli-runner.ts', import.meta.url));
const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 61 });
});
afterAll(() => sandbox.close());

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function paydeskSync(args: string[], env: Record<string, string> = {}, interruptAfterMs?: number): Promise<Result> {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    // Interrupt once the sync is visibly under way (its first phase line).
    if (interruptAfterMs !== undefined && stderr.includes('Payment gateway')) {
      setTimeout(() => child.kill('SIGINT'), interruptAfterMs);
      interruptAfterMs = undefined;
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('paydesk sync', () => {
  it('syncs with keys from the environment, prints a JSON summary, and never shows a key', async () => {
    const dir = tempDir();
    const db = join(dir, 'paydesk.db');
    const secrets = { PAYDESK_GATEWAY_KEY: sandbox.credentials.gatewayKey, PAYDESK_BILLING_TOKEN: sandbox.credentials.billingToken };
    const args = ['--db', db, '--gateway-url', sandbox.gateway.url, '--billing-url', sandbox.billing.url, '--billing-tenant', sandbox.credentials.billingTenantId, '--json'];
    const result = await paydeskSync(args, secrets);
    expect(result.stderr).not.toContain('paydesk:');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { ok: boolean; message: string; summary: { connectors: { id: string; state: string }[] } };
    expect(output.ok).toBe(true);
    expect(output.message).toMatch(/^Synced Payment gateway and Billing system: [\d,]+ payments/);
    expect(output.summary.connectors.map((connector) => [connector.id, connector.state])).toEqual([
      ['gateway', 'synced'],
      ['billing', 'synced'],
    ]);
    for (const secret of Object.values(secrets)) expect(result.stdout + result.stderr).not.toContain(secret);
    const copy = openTestDatabase(dir);
    expect(count(copy, 'payments')).toBe(sandbox.dataset.gateway.paymentIntents.length + sandbox.dataset.gateway.charges.filter((charge) => !charge.paymentIntentId).length);
    copy.close();

    // Ctrl-C: stops cleanly with the conventional exit code; what was saved stays.
    const interrupted = await paydeskSync(['--db', join(dir, 'second.db'), '--gateway-url', sandbox.gateway.url], secrets, 300);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('paydesk: sync cancelled: everything saved before the cancel is kept');
  }, 60_000);

  it('explains a bad database, a missing key and an unreachable partner in one line', async () => {
    const dir = tempDir();
    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, 'this is not a database, just text that is long enough to have a header...'.repeat(20));
    const bad = await paydeskSync(['--db', corrupt, '--gateway-url', sandbox.gateway.url], { PAYDESK_GATEWAY_KEY: 'sk_test_x' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^paydesk: .*corrupt\.db is not a Paydesk database or is damaged .*left untouched\n$/);

    const noKey = await paydeskSync(['--db', join(dir, 'a.db'), '--gateway-url', sandbox.gateway.url], { PAYDESK_GATEWAY_KEY: '' });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toBe('paydesk: --gateway-url needs --gateway-key or PAYDESK_GATEWAY_KEY\n');

    const refused = await paydeskSync(['--db', join(dir, 'b.db'), '--billing-url', `http://127.0.0.1:${await closedPort()}`, '--billing-token', 'tok']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n').at(-1)).toMatch(/^paydesk: sync failed \(connection failure at GET \/api\.xro\/2\.0\/Invoices\): Billing system: The connection was refused/);
  }, 120_000);
});
