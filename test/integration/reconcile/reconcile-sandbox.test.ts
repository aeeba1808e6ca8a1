import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { truthLines } from '../../helpers/sandbox-ledger';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase, runSync } from '../sync/sync-fixture';
import { classLines, copyOf, firstKeyOfClass, itemLines, reconcileNow } from './reconcile-fixture';

const tempDir = useTempDirs();
let sandbox: Sandbox;
let synced: Database;
let syncedDir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 41 });
  // Outlives the tests (temp dirs from useTempDirs go after each one): every test copies it.
  syncedDir = mkdtempSync(join(tmpdir(), 'paydesk-synced-'));
  synced = openTestDatabase(syncedDir);
  await runSync(synced, sandbox);
}, 120_000);
afterAll(async () => {
  synced.close();
  rmSync(syncedDir, { recursive: true, force: true });
  await sandbox.close();
});

describe('reconciling a synced sandbox', () => {
  it('finds every class exactly as the ground truth says, one item per invoice and per orphan payment', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    const run = await reconcileNow(db);
    expect(run?.mode).toBe('full');
    expect(classLines(db)).toEqual(truthLines(sandbox.dataset));
  });

  it('writes nothing when run again with nothing changed', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    await reconcileNow(db);
    expect(await reconcileNow(db)).toBeNull();
    expect((await reconcileNow(db, true))?.itemsChanged).toBe(0);
  });

  it('re-evaluates only the changed records and their neighbours, to the same result a full run gives', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    await reconcileNow(db);
    const invoices = db.all<{ number: string }>(sql`SELECT number FROM invoices ORDER BY number`).map((row) => row.number);
    const payments = db.all<{ id: string }>(sql`SELECT id FROM payments WHERE status = 'succeeded' ORDER BY id`).map((row) => row.id);
    const change = fc.oneof(
      fc.record({ kind: fc.constant('paid' as const), index: fc.nat(invoices.length - 1), delta: fc.integer({ min: -5_000, max: 5_000 }) }),
      fc.record({ kind: fc.constant('amount' as const), index: fc.nat(payments.length - 1), delta: fc.integer({ min: -5_000, max: 5_000 }) }),
      fc.record({ kind: fc.constant('refund' as const), index: fc.nat(payments.length - 1), delta: fc.integer({ min: 1, max: 5_000 }) }),
      fc.record({ kind: fc.constant('reference' as const), index: fc.nat(payments.length - 1), delta: fc.nat(invoices.length - 1) }),
    );
    let refundSeq = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 8 }), async (changes) => {
        for (const { kind, index, delta } of changes) {
          if (kind === 'paid') db.run(sql`UPDATE invoices SET amount_paid_minor = max(0, amount_paid_minor + ${delta}) WHERE number = ${invoices[index] ?? ''}`);
          if (kind === 'amount') db.run(sql`UPDATE payments SET amount_minor = max(1, amount_minor + ${delta}) WHERE id = ${payments[index] ?? ''}`);
          if (kind === 'reference') db.run(sql`UPDATE payments SET invoice_reference = ${invoices[delta] ?? null} WHERE id = ${payments[index] ?? ''}`);
          if (kind === 'refund') {
            refundSeq += 1;
            db.run(sql`INSERT INTO refunds (id, payment_id, source, status, amount_minor, currency, created_at, raw_json)
                       SELECT ${`re_test_${refundSeq}`}, id, 'test', 'succeeded', ${delta}, currency, '2026-11-20T00:00:00.000Z', '{}' FROM payments WHERE id = ${payments[index] ?? ''}`);
          }
        }
        const run = await reconcileNow(db);
        expect(run?.mode).toBe('incremental');
        expect(run?.invoicesEvaluated ?? 0).toBeLessThan(invoices.length / 4);
        const incremental = itemLines(db);
        await reconcileNow(db, true);
        expect(itemLines(db)).toEqual(incremental);
      }),
      { numRuns: 6 },
    );
  });

  it("keeps people's decisions through every re-run", async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    await reconcileNow(db);
    const mismatch = firstKeyOfClass(db, 'amount_mismatch');
    db.run(sql`UPDATE exceptions SET state = 'resolved', resolution_reason = 'shipping charged at checkout', resolved_by = 'ana' WHERE item_key = ${mismatch}`);
    const orphan = firstKeyOfClass(db, 'orphan_payment').slice('payment:'.length);
    const unpaid = firstKeyOfClass(db, 'unpaid').slice('invoice:'.length);
    db.run(sql`INSERT INTO match_links (invoice_number, payment_id, origin, state, decided_by, decided_at, created_at)
               VALUES (${unpaid}, ${orphan}, 'manual', 'active', 'ana', 't', 't')`);
    db.run(sql`INSERT INTO recon_dirty VALUES ('invoice', ${unpaid}), ('payment', ${orphan})`);
    await reconcileNow(db);
    await reconcileNow(db, true);
    expect(db.get(sql`SELECT state, resolution_reason FROM exceptions WHERE item_key = ${mismatch}`)).toEqual({ state: 'resolved', resolution_reason: 'shipping charged at checkout' });
    expect(db.get(sql`SELECT 1 AS gone FROM exceptions WHERE item_key = ${`payment:${orphan}`}`)).toBeUndefined();
    expect(JSON.parse(db.get<{ ids: string }>(sql`SELECT payment_ids_json AS ids FROM exceptions WHERE item_key = ${`invoice:${unpaid}`}`)?.ids ?? '[]')).toEqual([orphan]);
  });

  it('reopens a resolved item whose data changes, with a note saying what changed', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    await reconcileNow(db);
    const key = firstKeyOfClass(db, 'unposted_payment');
    db.run(sql`UPDATE exceptions SET state = 'resolved', resolution_reason = 'posting tomorrow' WHERE item_key = ${key}`);
    db.run(sql`UPDATE invoices SET amount_paid_minor = total_minor - amount_credited_minor WHERE number = ${key.slice('invoice:'.length)}`);
    await reconcileNow(db);
    const item = db.get<{ state: string; class: string; note: string }>(sql`SELECT state, class, note FROM exceptions WHERE item_key = ${key}`);
    expect(item?.state).toBe('open');
    expect(item?.class).toBe('matched');
    expect(item?.note).toMatch(/^Reopened: class unposted_payment → matched; at stake .*; billing paid /);
  });

  it('leaves a sealed item as it was closed and raises a change to its data in the open period', async () => {
    const db = copyOf(synced, syncedDir, tempDir());
    await reconcileNow(db);
    const key = firstKeyOfClass(db, 'missing_payment');
    const before = db.get<Record<string, unknown>>(sql`SELECT * FROM exceptions WHERE item_key = ${key}`);
    db.run(sql`UPDATE exceptions SET sealed = 1 WHERE item_key = ${key}`);
    db.run(sql`UPDATE invoices SET amount_paid_minor = 0 WHERE number = ${key.slice('invoice:'.length)}`);
    await reconcileNow(db);
    expect(db.get(sql`SELECT * FROM exceptions WHERE item_key = ${key}`)).toEqual({ ...before, sealed: 1 });
    const late = db.get<{ class: string; period: string; note: string }>(sql`SELECT class, period, note FROM exceptions WHERE item_key = ${`${key}@2026-11`}`);
    expect(late?.class).toBe('unpaid');
    expect(late?.period).toBe('2026-11');
    expect(late?.note).toMatch(/^Changed after \d{4}-\d{2} was closed: class missing_payment → unpaid/);
  });
});
