import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../electron/core/db/database';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { copyOf, reconcileNow } from '../reconcile/reconcile-fixture';
import { openTestDatabase, runSync } from '../sync/sync-fixture';

export interface SyncedSandbox {
  sandbox(): Sandbox;
  /** A private copy of the synced and reconciled database, in `dir`. */
  copy(dir: string): Database;
}

/** One sandbox for the file, synced and reconciled once; each test works on its own copy. */
export function useSyncedSandbox(seed: number): SyncedSandbox {
  let sandbox: Sandbox | undefined;
  let synced: Database | undefined;
  const syncedDir = mkdtempSync(join(tmpdir(), 'paydesk-synced-'));
  beforeAll(async () => {
    sandbox = await startSandbox({ seed });
    synced = openTestDatabase(syncedDir);
    await runSync(synced, sandbox);
    await reconcileNow(synced);
  }, 120_000);
  afterAll(async () => {
    synced?.close();
    rmSync(syncedDir, { recursive: true, force: true });
    await sandbox?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the synced sandbox is used before it started');
    return value;
  };
  return { sandbox: () => ready(sandbox), copy: (dir) => copyOf(ready(synced), syncedDir, dir) };
}
