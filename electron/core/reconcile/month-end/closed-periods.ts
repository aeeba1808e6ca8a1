import type { Period } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { Bridge } from '../../../../shared/contract/reconcile';

/** The bridge a closed period was sealed with, exactly as it was then; undefined while open. */
export function closedBridge(db: Database, period: Period): Bridge | undefined {
  const row = db.get<{ bridge_json: string }>(sql`SELECT bridge_json FROM recon_periods WHERE period = ${period}`);
  return row ? Bridge.parse(JSON.parse(row.bridge_json)) : undefined;
}

export function saveClosedBridge(db: Database, bridge: Bridge & { closedAt: string; closedBy: string }): void {
  db.run(sql`
    INSERT INTO recon_periods (period, state, closed_at, closed_by, bridge_json)
    VALUES (${bridge.period}, 'closed', ${bridge.closedAt}, ${bridge.closedBy}, ${JSON.stringify(bridge)})`);
}
