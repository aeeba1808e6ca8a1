import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncOptions, SyncSummary } from '../../../electron/core/sync';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import type { FaultSpec } from '../../../shared/contract/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { differences, expectedCopy } from './expected-copy';
import { failuresRecorded, openTestDatabase, runSync, testSyncOptions } from './sync-fixture';

export interface FaultCase {
  seed: number;
  faults: Partial<FaultSpec>;
  options?: SyncOptions;
  /** What the recorded failures must show: that the fault really happened and was retried. */
  check(failures: ReturnType<typeof failuresRecorded>, summary: SyncSummary): void;
}

/**
 * One fault mode on both servers for a whole sync: the retry policy must still deliver an exact
 * copy, and every failed exchange on the way must be on record with its class.
 */
export function describeFaultMode(name: string, spec: FaultCase): void {
  describe(`a sync with ${name} on both servers`, () => {
    const tempDir = useTempDirs();
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = await startSandbox({ seed: spec.seed, faults: { gateway: spec.faults, billing: spec.faults } });
    });
    afterAll(() => sandbox.close());

    it('still copies everything exactly, recording each failure it recovered from', async () => {
      const db = openTestDatabase(tempDir());
      const run = await runSync(db, sandbox, testSyncOptions(spec.options));
      expect(differences(db, expectedCopy(sandbox.dataset))).toEqual([]);
      const summary = run.outcome.summary;
      const failures = failuresRecorded(db);
      expect(failures).toHaveLength(summary.failures);
      spec.check(failures, summary);
    });
  });
}
