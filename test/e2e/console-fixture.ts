import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';

const root = resolve(import.meta.dirname, '..', '..');

export interface ConsoleProcess {
  /** The printed address, carrying the session token. */
  url: string;
  dataDir: string;
}

/** Starts `paydesk serve` on the sandbox with the given data folder (and any further flags, e.g. --no-sync). */
export async function startConsole(dataDir: string, ...flags: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'electron/cli/main.ts'), 'serve', '--data-dir', dataDir, '--port', '0', ...flags],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((text) => text.startsWith('http://127.0.0.1:'));
      if (line) resolveUrl(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`paydesk serve exited with ${code}: ${stderr}`)));
  });
  return { child, url };
}

export async function stopConsole(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

export const test = base.extend<{ dataDir: string; paydesk: ConsoleProcess }>({
  /** A data folder of its own for each test, removed afterwards. */
  dataDir: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'paydesk-e2e-'));
    await use(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  },
  paydesk: async ({ dataDir }, use) => {
    const { child, url } = await startConsole(dataDir);
    await use({ url, dataDir });
    await stopConsole(child);
  },
});

export { expect } from '@playwright/test';
