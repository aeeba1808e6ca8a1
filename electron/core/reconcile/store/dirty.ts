import type { Database } from '../../db/database';
import { sql } from '../../db/sql';

export interface DirtyEntry {
  entity: 'invoice' | 'payment' | 'reference';
  key: string;
}

/** What changed since the last run, as the triggers of migration 5 noted it. */
export function readDirty(db: Database): DirtyEntry[] {
  return db.all<DirtyEntry>(sql`SELECT entity, key FROM recon_dirty`);
}

/** Forgets exactly the changes a run took in: ones noted while it ran wait for the next. */
export function clearDirty(db: Database, entries: readonly DirtyEntry[]): void {
  for (const entry of entries) db.run(sql`DELETE FROM recon_dirty WHERE entity = ${entry.entity} AND key = ${entry.key}`);
}

export function markDirty(db: Database, entries: readonly DirtyEntry[]): void {
  for (const entry of entries) db.run(sql`INSERT OR IGNORE INTO recon_dirty (entity, key) VALUES (${entry.entity}, ${entry.key})`);
}

export function isFullRunOwed(db: Database): boolean {
  return db.get<{ owed: number }>(sql`SELECT full_run_owed AS owed FROM recon_state WHERE id = 1`)?.owed === 1;
}

/** From now on the triggers note every change (set as a full run starts). */
export function setFullRunOwed(db: Database, owed: boolean): void {
  db.run(sql`UPDATE recon_state SET full_run_owed = ${owed ? 1 : 0} WHERE id = 1`);
}
