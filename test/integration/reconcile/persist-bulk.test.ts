import { describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/db/sql';
import { reconcile } from '../../../electron/core/reconcile/engine/reconcile';
import { itemDrafts } from '../../../electron/core/reconcile/store/item-drafts';
import { persistItems } from '../../../electron/core/reconcile/store/persist-items';
import { generateDataset } from '../../../electron/sandbox';
import { ledgerOf } from '../../helpers/sandbox-ledger';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';
import { itemLines } from './reconcile-fixture';

const tempDir = useTempDirs();

describe('writing the first run of a large ledger', () => {
  it('stores the same items whether it rebuilds the indexes at the end or keeps them up row by row', () => {
    const drafts = [...itemDrafts(reconcile(ledgerOf(generateDataset(5))))];
    const now = new Date('2026-11-22T00:00:00Z');
    const rowByRow = openTestDatabase(tempDir());
    const bulk = openTestDatabase(tempDir());
    const indexes = (db: typeof bulk): unknown[] => db.all(sql`SELECT name, sql FROM sqlite_master WHERE tbl_name = 'exceptions' ORDER BY name`);
    const before = indexes(bulk);

    rowByRow.transaction(() => persistItems(rowByRow, drafts, { evaluated: 'all', now, count: drafts.length, bulkThreshold: Number.POSITIVE_INFINITY }));
    const written = bulk.transaction(() => persistItems(bulk, drafts, { evaluated: 'all', now, count: drafts.length, bulkThreshold: 1 }));

    expect(written).toBe(drafts.length);
    expect(itemLines(bulk)).toEqual(itemLines(rowByRow));
    expect(indexes(bulk)).toEqual(before);
    expect(bulk.get(sql`SELECT count(*) AS n FROM exceptions INDEXED BY exceptions_by_stake WHERE state = 'open'`)).toEqual({ n: drafts.length });
  });
});
