import type { z } from 'zod';
import type { PeriodSummary } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';

type PeriodRow = z.infer<typeof PeriodSummary>;

/** Periods that have reconciliation items (or were closed), newest first, with their item counts. */
export function listPeriods(db: Database): PeriodRow[] {
  return db
    .all<{ period: string; items: number; closed: number }>(
      sql`
        SELECT period, SUM(items) AS items, MAX(closed) AS closed FROM (
          SELECT period, COUNT(*) AS items, 0 AS closed FROM exceptions GROUP BY period
          UNION ALL
          SELECT period, 0 AS items, 1 AS closed FROM recon_periods
        )
        GROUP BY period
        ORDER BY period DESC`,
    )
    .map((row) => ({ period: row.period, state: row.closed ? 'closed' : 'open', items: row.items }));
}
