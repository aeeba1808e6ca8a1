import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend';
import { openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { writeCsv } from '../../../electron/core/export/csv-writer';
import { ExportStore, exportsDirIn } from '../../../electron/core/export/export-store';
import type { Logger } from '../../../electron/core/util/logger';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const quiet: Logger = { info: () => undefined, error: () => undefined };
const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

// A umask that takes nothing away: whatever is owner-only below, the code made it so.
let savedUmask = 0;
beforeAll(() => {
  savedUmask = process.umask(0);
});
afterAll(() => {
  process.umask(savedUmask);
});

describe.skipIf(process.platform === 'win32')('a fresh data folder under a permissive umask', () => {
  it('has the folder, database, WAL, shared memory, uploads and exports readable by their owner only', async () => {
    const dataDir = join(tempDir(), 'home', '.config', 'Paydesk');
    const backend = createBackend({ dataDir, version: '1.0.0', connectors: [], sandbox: null, logger: quiet });
    try {
      expect(backend.info.database.state).toBe('ready');
      const database = join(dataDir, 'paydesk.db');
      expect(existsSync(`${database}-wal`)).toBe(true);
      expect(existsSync(`${database}-shm`)).toBe(true);

      const upload = await backend.uploads.save(Readable.from(['id,amount\n']), 'payments.csv');
      const exports = new ExportStore(exportsDirIn(dataDir));
      const made = await exports.create('items.csv', 'csv', (path) => writeCsv(path, { name: 'items', columns: [{ header: 'a', width: 8 }], rows: [['1']] }));

      expect({
        folder: modeOf(dataDir),
        database: modeOf(database),
        wal: modeOf(`${database}-wal`),
        shm: modeOf(`${database}-shm`),
        uploadFolder: modeOf(join(dataDir, 'uploads', upload.uploadId)),
        upload: modeOf(upload.path),
        exportsFolder: modeOf(exports.dir),
        exportFile: modeOf(join(exports.dir, made.exportId)),
        exportMeta: modeOf(join(exports.dir, `${made.exportId}.json`)),
      }).toEqual({
        folder: '700',
        database: '600',
        wal: '600',
        shm: '600',
        uploadFolder: '700',
        upload: '600',
        exportsFolder: '700',
        exportFile: '600',
        exportMeta: '600',
      });
    } finally {
      await backend.close();
    }
  });

  it('keeps the copy made before a schema upgrade owner-only too', () => {
    const path = join(tempDir(), 'paydesk.db');
    const older = openDatabase(path, MIGRATIONS.slice(0, -1));
    if (older.state !== 'ready') throw new Error(older.state);
    older.db.close();
    const upgraded = openDatabase(path);
    if (upgraded.state !== 'ready') throw new Error(upgraded.state);
    upgraded.db.close();
    expect(upgraded.backupPath).not.toBeNull();
    expect(modeOf(upgraded.backupPath ?? '')).toBe('600');
  });
});
