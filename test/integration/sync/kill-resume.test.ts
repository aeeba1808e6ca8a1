import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { differences, expectedCopy } from './expected-copy';
import { count, cursors, openTestDatabase, runSync, sandboxConnectors } from './sync-fixture';

const CHILD = fileURLToPath(new URL('./sync-child.ts', import.meta.url));
const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 51 });
});
afterAll(() => sandbox.close());

interface ChildRun {
  killed: boolean;
  pages: number;
}

/** Runs the sync in a child process and SIGKILLs it a random moment after `killAfter` pages. */
function syncAndKill(databasePath: string, killAfter: number): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ databasePath, connectors: sandboxConnectors(sandbox) })], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pages = 0;
  let stderr = '';
  let killing = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/pages (\d+)/g)) pages = Math.max(pages, Number(match[1]));
    if (!killing && pages >= killAfter) {
      killing = true;
      // Anywhere from just after the commit to well into the next page's request or write.
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 25));
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, pages });
      else if (code === 0) resolve({ killed: false, pages });
      else reject(new Error(`the sync child failed (${code}): ${stderr}`));
    });
  });
}

describe('a sync killed mid-way', () => {
  it('leaves no gap and no duplicate: killed twice at random points, resumed in-process, the copy is exact', async () => {
    const databasePath = join(tempDir(), 'paydesk.db');
    const first = await syncAndKill(databasePath, 5 + Math.floor(Math.random() * 300));
    // Resumed where the first stopped; still well short of the ~455 pages a full sync takes.
    const second = await syncAndKill(databasePath, 5 + Math.floor(Math.random() * 120));
    expect(first.killed).toBe(true);
    expect(second.killed).toBe(true);

    const db = openTestDatabase(dirname(databasePath));
    expect(count(db, 'payments')).toBeGreaterThan(0);
    expect(Object.values(cursors(db)).length).toBeGreaterThan(0);
    await runSync(db, sandbox);
    expect(differences(db, expectedCopy(sandbox.dataset))).toEqual([]);
  }, 60_000);
});
