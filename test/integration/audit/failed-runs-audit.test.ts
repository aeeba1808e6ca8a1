import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import { sql } from '../../../electron/core/db/sql';
import { ConnectorsRepo } from '../../../electron/core/health/connectors-repo';
import { createImportService } from '../../../electron/core/import/import-service';
import { JobCancelledError } from '../../../electron/core/jobs/job-context';
import { SyncFailedError, syncAndAudit } from '../../../electron/core/sync';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { SAMPLES, STRIPE } from '../../unit/core/import/import-test-kit';
import { openTestDatabase, sandboxConnectors, syncFailure, testSyncOptions } from '../sync/sync-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 21, faults: { gateway: { down: true }, billing: { down: true } } });
});
afterAll(() => sandbox.close());

function trail(db: ReturnType<typeof openTestDatabase>): { actor: string; action: string; entity_id: string; after_json: string | null; reason: string | null }[] {
  return db.all(sql`SELECT actor, action, entity_id, after_json, reason FROM audit_log ORDER BY seq`);
}

describe('runs that do not finish are on the record too', () => {
  it('a sync that fails is recorded with its failure class and reason', async () => {
    const db = openTestDatabase(tempDir());
    const input = { db, connectors: sandboxConnectors(sandbox), failures: new ConnectorsRepo(db), options: testSyncOptions(), actor: () => 'ana' };
    const failed = await syncFailure(syncAndAudit(input, { signal: new AbortController().signal, progress: () => undefined }));
    expect(failed).toBeInstanceOf(SyncFailedError);
    const [start, fail] = trail(db);
    expect(start).toMatchObject({ actor: 'ana', action: 'sync.start' });
    expect(fail).toMatchObject({ actor: 'ana', action: 'sync.fail', entity_id: start?.entity_id, reason: failed.message });
    expect(JSON.parse(fail?.after_json ?? 'null')).toMatchObject({ failureClass: 'connection', summary: { records: 0 } });
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 2 });
  });

  it('a cancelled sync and a cancelled import are recorded as cancelled, and the import wrote nothing else', async () => {
    const db = openTestDatabase(tempDir());
    const controller = new AbortController();
    controller.abort();
    const cancelled = { signal: controller.signal, progress: (): void => undefined };
    const input = { db, connectors: sandboxConnectors(sandbox), failures: new ConnectorsRepo(db), options: testSyncOptions(), actor: () => 'ana' };
    await expect(syncAndAudit(input, cancelled)).rejects.toThrow(JobCancelledError);
    const imports = createImportService({ db, actor: () => 'bob' });
    await expect(imports.run({ kind: 'path', path: join(SAMPLES, 'stripe-balance-report.csv') }, STRIPE, cancelled)).rejects.toThrow(JobCancelledError);
    expect(trail(db).map(({ actor, action, reason }) => ({ actor, action, reason }))).toEqual([
      { actor: 'ana', action: 'sync.start', reason: null },
      { actor: 'ana', action: 'sync.cancel', reason: 'Cancelled; everything saved before the cancel is kept' },
      { actor: 'bob', action: 'import.cancel', reason: 'Cancelled before anything was written' },
    ]);
    expect(db.get(sql`SELECT count(*) AS n FROM payments`)).toEqual({ n: 0 });
  });
});
