import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../../../electron/core/db/database';
import { LATEST_SCHEMA_VERSION, openDatabase } from '../../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { sql } from '../../../../electron/core/db/sql';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('openDatabase', () => {
  it('creates a new database at the latest schema in WAL mode, readable by its owner only', () => {
    const path = join(tempDir(), 'paydesk.db');
    const opened = openDatabase(path);
    expect(opened.state).toBe('ready');
    if (opened.state !== 'ready') return;
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(opened.backupPath).toBeNull();
    expect(opened.db.pragma<string>('journal_mode')).toBe('wal');
    expect(opened.db.pragma<number>('foreign_keys')).toBe(1);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    opened.db.close();
  });

  it('backs the file up before migrating a database that already holds data, and keeps the data', () => {
    const path = join(tempDir(), 'paydesk.db');
    const first = openDatabase(path, MIGRATIONS.slice(0, 1));
    if (first.state !== 'ready') throw new Error('expected ready');
    first.db.run(sql`INSERT INTO connectors VALUES ('gw', 'gateway', 'Gateway', 'live', 'https://x', 't', 't')`);
    first.db.close();

    const upgraded = openDatabase(path, MIGRATIONS, () => new Date('2026-11-22T10:00:00Z'));
    if (upgraded.state !== 'ready') throw new Error('expected ready');
    expect(upgraded.backupPath).toBe(`${path}.backup-v1-2026-11-22T10-00-00-000Z`);
    expect(upgraded.db.get(sql`SELECT name FROM connectors WHERE id = 'gw'`)).toEqual({ name: 'Gateway' });
    upgraded.db.close();

    const backup = Database.open(upgraded.backupPath ?? '', { readonly: true });
    expect(backup.pragma<number>('user_version')).toBe(1);
    expect(backup.get(sql`SELECT name FROM connectors WHERE id = 'gw'`)).toEqual({ name: 'Gateway' });
    backup.close();
  });

  it('does not back up or migrate a database that is already current', () => {
    const path = join(tempDir(), 'paydesk.db');
    const first = openDatabase(path);
    if (first.state === 'ready') first.db.close();
    const again = openDatabase(path);
    expect(again.state === 'ready' && again.backupPath).toBeNull();
    if (again.state === 'ready') again.db.close();
  });

  it('reports a file that is not a database as corrupt and leaves it untouched', () => {
    const path = join(tempDir(), 'paydesk.db');
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(path, garbage);
    const opened = openDatabase(path);
    expect(opened).toMatchObject({ state: 'corrupt', path });
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it('reports a database written by a newer Paydesk and does not touch it', () => {
    const path = join(tempDir(), 'paydesk.db');
    const future = Database.open(path);
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const opened = openDatabase(path);
    expect(opened).toEqual({
      state: 'newer_version',
      path,
      fileVersion: LATEST_SCHEMA_VERSION + 5,
      supportedVersion: LATEST_SCHEMA_VERSION,
    });
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});
