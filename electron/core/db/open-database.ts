import { existsSync } from 'node:fs';
import { createOwnerOnlyFile } from '../paths/owner-only-file';
import { Database } from './database';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type OpenedDatabase =
  | { state: 'ready'; db: Database; schemaVersion: number; backupPath: string | null }
  | { state: 'corrupt'; path: string; message: string }
  | { state: 'newer_version'; path: string; fileVersion: number; supportedVersion: number };

const CORRUPTION_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

/**
 * Opens (or creates) a Paydesk database, ready to use: WAL, foreign keys on, migrated to the
 * latest schema after a backup. A file that is not a database, or that a newer Paydesk wrote,
 * is left untouched and reported, so the UI can explain instead of crashing.
 */
export function openDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): OpenedDatabase {
  const existed = existsSync(path);
  let db: Database | undefined;
  try {
    if (!existed) createOwnerOnlyFile(path);
    db = Database.open(path);
    const fileVersion = db.pragma<number>('user_version');
    db.get({ text: 'SELECT count(*) FROM sqlite_master', values: [] });
    const supported = migrations.length;
    if (fileVersion > supported) {
      db.close();
      return { state: 'newer_version', path, fileVersion, supportedVersion: supported };
    }
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL never corrupts the file; a power cut may lose the last commits, which a
    // sync re-reads and the outbox re-checks with the partner before posting.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of SQLite's 2 MiB: a month-end run writes a million items
    // through several indexes, and each miss is a trip to the operating system.
    db.pragma('cache_size = -65536');
    // Every write into a table with triggers (migration 5) opens a statement journal; on disk,
    // past 64 KiB, a million-row import rewrote it hundreds of thousands of times. Temporary
    // data only: durability of the file itself is unchanged.
    db.pragma('temp_store = MEMORY');
    const { backupPath } = migrate(db, path, migrations, now);
    return { state: 'ready', db, schemaVersion: supported, backupPath };
  } catch (error) {
    db?.close();
    if (isCorruption(error)) {
      return { state: 'corrupt', path, message: error instanceof Error ? error.message : String(error) };
    }
    throw error;
  }
}

function isCorruption(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    CORRUPTION_CODES.has(error.code)
  );
}

export { LATEST_SCHEMA_VERSION };
