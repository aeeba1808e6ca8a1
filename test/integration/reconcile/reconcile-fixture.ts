import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { runReconciliation } from '../../../electron/core/reconcile/run-reconciliation';
import type { ReconRun } from '../../../shared/contract/reconcile';
import { openTestDatabase } from '../sync/sync-fixture';

export const NOW = new Date('2026-11-22T12:00:00Z');

export function reconcileNow(db: Database, full = false): Promise<ReconRun | null> {
  return runReconciliation(db, { now: () => NOW, full });
}

/** A private copy of a synced database, so each test changes its own. */
export function copyOf(source: Database, sourceDir: string, dir: string): Database {
  source.raw.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(join(sourceDir, 'paydesk.db'), join(dir, 'paydesk.db'));
  return openTestDatabase(dir);
}

/** The items as comparable lines: what they say, not when they were written. */
export function itemLines(db: Database): string[] {
  return db
    .all<Record<string, unknown>>(
      sql`SELECT item_key, class, currency, amount_at_stake_minor, total_minor, billing_minor, gateway_minor, payment_ids_json,
                 invoice_numbers_json, customer, item_date, suggestion_score, state, resolution_reason, note, sealed
          FROM exceptions ORDER BY item_key`,
    )
    .map((row) => JSON.stringify(row));
}

/** "kind key class currency [payments]" per item, the shape of the sandbox's ground truth. */
export function classLines(db: Database): string[] {
  return db
    .all<{ item_key: string; class: string; currency: string; payment_ids_json: string }>(sql`SELECT item_key, class, currency, payment_ids_json FROM exceptions`)
    .map((row) => {
      const [kind, id] = row.item_key.split(':');
      return `${kind} ${id} ${row.class} ${row.currency} [${(JSON.parse(row.payment_ids_json) as string[]).sort().join(' ')}]`;
    })
    .sort();
}

export function itemOf(db: Database, key: string): Record<string, unknown> | undefined {
  return db.get(sql`SELECT * FROM exceptions WHERE item_key = ${key}`);
}

export function firstKeyOfClass(db: Database, cls: string): string {
  const row = db.get<{ item_key: string }>(sql`SELECT item_key FROM exceptions WHERE class = ${cls} AND item_key NOT LIKE '%@%' ORDER BY item_key LIMIT 1`);
  if (!row) throw new Error(`no item of class ${cls}`);
  return row.item_key;
}
