import { Database } from '../db/database';
import { sql } from '../db/sql';
import { classTotals, iterateItems } from '../reconcile/items/item-query';
import { periodBridge } from '../reconcile/month-end/period-bridge';
import type { ExportSource } from './export-service';

export interface SnapshotSource {
  source: ExportSource;
  close(): void;
}

/**
 * An export's own read-only connection, in one read transaction. WAL lets it read a stable
 * snapshot while the app keeps writing, and a long export can pause between rows without
 * holding the app's connection busy (a connection cannot run anything else mid-iteration).
 */
export function openSnapshotSource(databasePath: string, now: Date): SnapshotSource {
  const reader = Database.open(databasePath, { readonly: true });
  reader.run(sql`BEGIN`);
  return {
    source: {
      items: (filter) => iterateItems(reader, filter, now, 'amount_desc'),
      totals: (filter) => classTotals(reader, filter, now),
      bridge: (period) => periodBridge(reader, period),
    },
    close: () => {
      // A read transaction has nothing to commit; closing the connection ends it.
      reader.close();
    },
  };
}
