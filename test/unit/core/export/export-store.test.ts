import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportId } from '../../../../shared/contract/reconcile';
import { ExportStore } from '../../../../electron/core/export/export-store';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('ExportStore', () => {
  it('hands out unguessable ids in an owner-only folder and finds the finished file by id', () => {
    const store = new ExportStore(join(tempDir(), 'exports'));
    const { exportId, path } = store.reserve();
    expect(ExportId.safeParse(exportId).success).toBe(true);
    expect(store.reserve().exportId).not.toBe(exportId);
    writeFileSync(path, 'a,b\r\n', { mode: 0o600 });
    expect(store.finish(exportId, 'paydesk-exceptions-2024-03.csv', 'csv', 0)).toEqual({
      exportId,
      fileName: 'paydesk-exceptions-2024-03.csv',
      rows: 0,
      bytes: 5,
    });
    expect(store.find(exportId)).toEqual({
      exportId,
      path,
      fileName: 'paydesk-exceptions-2024-03.csv',
      contentType: 'text/csv; charset=utf-8',
      bytes: 5,
    });
    expect(statSync(store.dir).mode & 0o777).toBe(0o700);
  });

  it('knows nothing of ids outside the pattern, unfinished exports or discarded ones', () => {
    const store = new ExportStore(join(tempDir(), 'exports'));
    const { exportId, path } = store.reserve();
    writeFileSync(path, 'x');
    expect(store.find(exportId)).toBeUndefined();
    store.finish(exportId, 'x.pdf', 'pdf', 1);
    for (const id of ['../paydesk.db', 'exp_../../x', `${exportId}/..`, 'exp_short', '']) expect(store.find(id)).toBeUndefined();
    store.discard(exportId);
    expect(store.find(exportId)).toBeUndefined();
    expect(readdirSync(store.dir)).toEqual([]);
  });

  it('removes exports older than a day when the next one is made', () => {
    const store = new ExportStore(join(tempDir(), 'exports'));
    const old = store.reserve();
    writeFileSync(old.path, 'old');
    store.finish(old.exportId, 'old.csv', 'csv', 0);
    const fresh = store.reserve();
    writeFileSync(fresh.path, 'fresh');
    store.finish(fresh.exportId, 'fresh.csv', 'csv', 0);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(old.path, twoDaysAgo, twoDaysAgo);
    utimesSync(`${old.path}.json`, twoDaysAgo, twoDaysAgo);
    store.reserve();
    expect(store.find(old.exportId)).toBeUndefined();
    expect(store.find(fresh.exportId)?.fileName).toBe('fresh.csv');
  });
});
