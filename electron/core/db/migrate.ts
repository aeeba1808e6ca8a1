import { createOwnerOnlyFile } from '../paths/owner-only-file';
import type { Database } from './database';
import type { Migration } from './migrations';

export interface MigrationOutcome {
  applied: number[];
  backupPath: string | null;
}

/**
 * Applies the migrations the file has not seen, each in its own transaction together with its
 * user_version bump. A file that already holds data is copied first (VACUUM INTO gives a
 * consistent single-file copy, WAL included), so a failed upgrade can be rolled back by hand.
 */
export function migrate(
  db: Database,
  path: string,
  migrations: readonly Migration[],
  now: () => Date,
): MigrationOutcome {
  const current = db.pragma<number>('user_version');
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return { applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (current > 0) {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    backupPath = `${path}.backup-v${current}-${stamp}`;
    createOwnerOnlyFile(backupPath);
    db.run({ text: 'VACUUM INTO ?', values: [backupPath] });
  }

  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
  return { applied: pending.map((migration) => migration.version), backupPath };
}
