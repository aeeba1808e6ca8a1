import type { ItemState } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { joinSql, sql, type SqlFragment } from '../../db/sql';
import type { ItemsBefore } from './decision-log';

interface StateRow {
  item_key: string;
  state: string;
  resolution_reason: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
}

/**
 * Sets the people-state of the items matching `where` (never sealed ones) and returns what they
 * were, grouped, for Undo.
 */
export function setItemState(db: Database, where: SqlFragment, state: ItemState, reason: string | null, actor: string, at: Date): ItemsBefore[] {
  const open = state === 'open';
  const rows = db.all<StateRow>(sql`SELECT item_key, state, resolution_reason, resolved_by, resolved_at FROM exceptions WHERE ${where} AND sealed = 0`);
  db.run(sql`UPDATE exceptions SET state = ${state}, resolution_reason = ${open ? null : reason},
               resolved_by = ${open ? null : actor}, resolved_at = ${open ? null : at.toISOString()}, updated_at = ${at.toISOString()}
             WHERE ${where} AND sealed = 0`);
  return group(rows);
}

export function restoreItems(db: Database, before: readonly ItemsBefore[], at: Date): void {
  for (const group of before) {
    for (let start = 0; start < group.keys.length; start += 500) {
      const keys = joinSql(group.keys.slice(start, start + 500).map((key) => sql`${key}`), ', ');
      db.run(sql`UPDATE exceptions SET state = ${group.state}, resolution_reason = ${group.resolution_reason},
                   resolved_by = ${group.resolved_by}, resolved_at = ${group.resolved_at}, updated_at = ${at.toISOString()}
                 WHERE item_key IN (${keys}) AND sealed = 0`);
    }
  }
}

function group(rows: readonly StateRow[]): ItemsBefore[] {
  const groups = new Map<string, ItemsBefore>();
  for (const row of rows) {
    const signature = JSON.stringify([row.state, row.resolution_reason, row.resolved_by, row.resolved_at]);
    let entry = groups.get(signature);
    if (!entry) {
      entry = { state: row.state, resolution_reason: row.resolution_reason, resolved_by: row.resolved_by, resolved_at: row.resolved_at, keys: [] };
      groups.set(signature, entry);
    }
    entry.keys.push(row.item_key);
  }
  return [...groups.values()];
}
