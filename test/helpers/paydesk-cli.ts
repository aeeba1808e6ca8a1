import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
export const CLI = resolve(ROOT, 'electron/cli/main.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `paydesk` command line to completion, as a user or script would. */
export function paydesk(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [TSX, CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
