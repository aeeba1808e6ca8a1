import type { z } from 'zod';
import type { Database } from '../db/database';
import { sql } from '../db/sql';

/**
 * Cursors in `sync_state`, one per connector and resource, stored as JSON text. A cursor that
 * does not parse (written by another version, or damaged) is treated as absent: the resource
 * then syncs in full once, which natural-key upserts make harmless, instead of failing forever.
 */
export class SyncState {
  constructor(private readonly db: Database) {}

  read<T>(connectorId: string, resource: string, schema: z.ZodType<T>): T | null {
    const row = this.db.get<{ cursor: string | null }>(sql`
      SELECT cursor FROM sync_state WHERE connector_id = ${connectorId} AND resource = ${resource}`);
    if (!row?.cursor) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.cursor);
    } catch {
      return null;
    }
    const checked = schema.safeParse(parsed);
    return checked.success ? checked.data : null;
  }

  /** Call inside the transaction that writes the page the cursor moves past. */
  write(connectorId: string, resource: string, cursor: unknown): void {
    const text = JSON.stringify(cursor);
    this.db.run(sql`
      INSERT INTO sync_state (connector_id, resource, cursor) VALUES (${connectorId}, ${resource}, ${text})
      ON CONFLICT (connector_id, resource) DO UPDATE SET cursor = excluded.cursor`);
  }

  /** The resource is up to date as of `at` (its run completed). */
  markSynced(connectorId: string, resource: string, at: string): void {
    this.db.run(sql`
      INSERT INTO sync_state (connector_id, resource, last_synced_at) VALUES (${connectorId}, ${resource}, ${at})
      ON CONFLICT (connector_id, resource) DO UPDATE SET last_synced_at = excluded.last_synced_at`);
  }
}
