import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, paydesk, ROOT, TSX } from '../../helpers/paydesk-cli';

describe('the paydesk command line', () => {
  it('prints usage on --help and exits 0', () => {
    const result = paydesk('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve [--port N]');
    expect(result.stdout).toContain('sandbox [--seed N]');
    expect(result.stdout).toContain('audit verify --db FILE [--json]');
    expect(result.stdout).toContain('checkouts --db FILE');
  });

  it('refuses a checkouts listing with a bad stage or day in one line, before opening anything', () => {
    const badStage = paydesk('checkouts', '--db', 'x.db', '--stage', 'lost');
    expect(badStage.status).toBe(2);
    expect(badStage.stderr).toBe('paydesk: --stage must be one of card_entry, three_d_secure, declined_then_abandoned, paid_not_committed; got "lost"\n');
    const badDay = paydesk('checkouts', '--db', 'x.db', '--from', '2026-13-01');
    expect(badDay.status).toBe(2);
    expect(badDay.stderr).toBe('paydesk: --from must be a day written YYYY-MM-DD\n');
  });

  it('rejects an unknown command and a malformed flag with one line', () => {
    const unknown = paydesk('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('paydesk: unknown command "frobnicate"; run paydesk --help\n');
    const badPort = paydesk('sandbox', '--gateway-port', 'eighty');
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toBe('paydesk: --gateway-port must be a port number from 0 to 65535, got "eighty"\n');
    const badFlag = paydesk('sandbox', '--colour');
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('runs the sandbox alone and prints its addresses and credentials as JSON', async () => {
    const child = spawn(process.execPath, [TSX, CLI, 'sandbox', '--seed', '7', '--json'], { cwd: ROOT });
    const line = await new Promise<string>((resolveLine, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolveLine(stdout.split('\n')[0] ?? '');
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const described = JSON.parse(line);
    expect(described.seed).toBe(7);
    const balance = await fetch(`${described.gateway.url}/v1/balance`, {
      headers: { authorization: `Bearer ${described.gateway.apiKey}` },
    });
    expect(balance.status).toBe(200);
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
