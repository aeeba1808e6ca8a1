import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncFailedError } from '../../../electron/core/sync';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { useTempDirs } from '../../helpers/temp-dir';
import { differences, expectedCopy } from './expected-copy';
import { count, cursors, failuresRecorded, GATEWAY_ID, openTestDatabase, runSync, syncFailure, testSyncOptions } from './sync-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 31 });
});
afterAll(() => sandbox.close());

describe('a sync meeting schema drift', () => {
  it('stops at the first drifted record as an integration failure naming it, writing none of its page', async () => {
    const db = openTestDatabase(tempDir());
    await sandbox.gateway.setFaults({ schemaDrift: 'renamed_field' });
    await sandbox.billing.setFaults({ schemaDrift: 'missing_field' });
    const failure = await syncFailure(runSync(db, sandbox));

    expect(failure).toBeInstanceOf(SyncFailedError);
    expect(failure).toMatchObject({ failureClass: 'integration', endpoint: 'GET /v1/payment_intents' });
    expect(failure.message).toMatch(/^Sandbox payment gateway: Unexpected data from the partner: payment intent pi_\w+: field amount is missing/);
    if (!(failure instanceof SyncFailedError)) throw failure;
    const { summary } = failure;
    expect(summary.connectors.map((connector) => [connector.state, connector.failureClass])).toEqual([
      ['failed', 'integration'],
      ['failed', 'integration'],
    ]);
    expect(summary.connectors[1]?.message).toMatch(/invoice INV-\d+: field Total is missing/);
    // Integration failures are not retried: one attempt each, both on record.
    expect(failuresRecorded(db).map((recorded) => recorded.failure_class)).toEqual(['integration', 'integration']);
    for (const table of ['payments', 'refunds', 'checkouts', 'invoices', 'invoice_payments']) expect(count(db, table)).toBe(0);
    // Only the gateway's clock was noted; no list moved, billing has no cursor at all.
    const { [`${GATEWAY_ID}/events`]: events, ...lists } = cursors(db);
    expect(events).toMatch(/"hwm":\d+/);
    expect(Object.values(lists)).toEqual(Array(4).fill('{"v":1,"hwm":null,"run":null}'));
  });

  it('keeps the pages committed before drift began mid-sync, and resumes exactly once it is fixed', async () => {
    const db = openTestDatabase(tempDir());
    await sandbox.gateway.setFaults({ schemaDrift: 'none' });
    await sandbox.billing.setFaults({ schemaDrift: 'none' });
    let switched = false;
    const failure = await syncFailure(
      runSync(db, sandbox, testSyncOptions(), {
        progress: (update) => {
          if (!switched && update.phase === 'Payment gateway: payment intents' && (update.pagesDone ?? 0) >= 6) {
            switched = true;
            void sandbox.gateway.setFaults({ schemaDrift: 'missing_field' });
          }
        },
      }),
    );
    expect(failure).toMatchObject({ failureClass: 'integration' });
    expect(failure.message).toMatch(/field amount is missing/);
    const kept = count(db, 'payments');
    expect(kept).toBeGreaterThan(0);
    expect(kept % 100).toBe(0);
    const cursor = JSON.parse(cursors(db)[`${GATEWAY_ID}/payment_intents`] ?? 'null') as { run: { startingAfter: string } | null };
    expect(cursor.run?.startingAfter).toMatch(/^pi_/);

    await sandbox.gateway.setFaults({ schemaDrift: 'none' });
    await runSync(db, sandbox);
    expect(differences(db, expectedCopy(sandbox.dataset))).toEqual([]);
  });
});
