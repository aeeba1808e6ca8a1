import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobCancelledError } from '../../../electron/core/jobs/job-context';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { differences, expectedCopy } from './expected-copy';
import { count, cursors, openTestDatabase, runSync, sandboxConnectors, syncFailure, testSyncOptions } from './sync-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 41 });
});
afterAll(() => sandbox.close());

describe('cancelling a sync', () => {
  it('keeps every committed page, and the next sync completes the copy exactly', async () => {
    const db = openTestDatabase(tempDir());
    const controller = new AbortController();
    const stopAfter = 20 + Math.floor(Math.random() * 300);
    const failure = await syncFailure(
      runSync(db, sandbox, testSyncOptions(), {
        signal: controller.signal,
        progress: (update) => {
          if ((update.pagesDone ?? 0) >= stopAfter) controller.abort();
        },
      }),
    );
    expect(failure).toBeInstanceOf(JobCancelledError);
    const kept = ['payments', 'refunds', 'checkouts', 'invoices'].reduce((sum, table) => sum + count(db, table), 0);
    expect(kept).toBeGreaterThan(0);
    expect(Object.values(cursors(db)).some((cursor) => cursor !== null && JSON.parse(cursor).run !== null)).toBe(true);

    await runSync(db, sandbox);
    expect(differences(db, expectedCopy(sandbox.dataset))).toEqual([]);
  });

  it('stops a request in flight at once instead of waiting for its answer', async () => {
    await sandbox.gateway.setFaults({ latencyMs: 5_000 });
    await sandbox.billing.setFaults({ latencyMs: 5_000 });
    try {
      for (const connector of sandboxConnectors(sandbox)) {
        const db = openTestDatabase(tempDir());
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 200);
        const started = performance.now();
        const failure = await syncFailure(runSync(db, sandbox, testSyncOptions(), { signal: controller.signal }, [connector]));
        expect(failure).toBeInstanceOf(JobCancelledError);
        expect(performance.now() - started).toBeLessThan(1_500);
        expect(count(db, 'transmission_failures')).toBe(0);
      }
    } finally {
      await sandbox.gateway.setFaults({ latencyMs: 0 });
      await sandbox.billing.setFaults({ latencyMs: 0 });
    }
  });
});
