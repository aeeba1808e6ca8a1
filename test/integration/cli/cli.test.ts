import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
const cli = resolve(root, 'electron/cli/main.ts');

function paydesk(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsx, cli, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the paydesk command line', () => {
  it('prints usage on --help and exits 0', () => {
    const result = paydesk('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve [--port N]');
    expect(result.stdout).toContain('sandbox [--seed N]');
  });

  it.each(['checkouts', 'audit'])(
    'says "%s" is not available yet, in one line on stderr, with a non-zero exit',
    (command) => {
      const result = paydesk(command, '--db', 'x.db');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`paydesk ${command} is not available yet`);
    },
  );

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
    const child = spawn(process.execPath, [tsx, cli, 'sandbox', '--seed', '7', '--json'], { cwd: root });
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
