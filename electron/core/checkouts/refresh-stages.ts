import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { classifyCheckout } from './classify-checkout';
import { readCheckoutFacts } from './checkout-facts';

const CHUNK = 5_000;

export interface StageRefresh {
  mode: 'full' | 'incremental';
  sessions: number;
}

/**
 * Brings checkout_stages up to date: every session the first time (or when the migration asks),
 * afterwards only the sessions the triggers noted since. The same rules either way, so an
 * incremental refresh leaves exactly what a full one would.
 */
export function refreshCheckoutStages(db: Database, options: { full?: boolean } = {}): StageRefresh {
  const full = options.full === true || isFullRefreshOwed(db);
  // Synchronous from here to the end: nothing else can write in between, so the dirty set read
  // by the chunks below is the one cleared at the end.
  const which = full ? sql`1 = 1` : sql`c.id IN (SELECT session_id FROM checkout_dirty)`;
  let sessions = 0;
  let afterId = '';
  for (;;) {
    const facts = readCheckoutFacts(db, which, afterId, CHUNK);
    if (facts.length === 0) break;
    db.transaction(() => {
      for (const session of facts) {
        const verdict = classifyCheckout(session);
        db.run(sql`
          INSERT INTO checkout_stages (session_id, stage, open, recovered, decline_reason, started_at)
          VALUES (${session.sessionId}, ${verdict.stage}, ${verdict.open ? 1 : 0}, ${verdict.recovered ? 1 : 0}, ${verdict.declineReason}, ${session.startedAt})
          ON CONFLICT (session_id) DO UPDATE SET
            stage = excluded.stage, open = excluded.open, recovered = excluded.recovered,
            decline_reason = excluded.decline_reason, started_at = excluded.started_at`);
      }
    });
    sessions += facts.length;
    afterId = facts[facts.length - 1]?.sessionId ?? afterId;
  }
  db.transaction(() => {
    db.run(sql`DELETE FROM checkout_dirty`);
    db.run(sql`UPDATE checkout_state SET full_run_owed = 0 WHERE id = 1`);
  });
  return { mode: full ? 'full' : 'incremental', sessions };
}

function isFullRefreshOwed(db: Database): boolean {
  return db.get<{ owed: number }>(sql`SELECT full_run_owed AS owed FROM checkout_state WHERE id = 1`)?.owed === 1;
}

/** Sessions whose stage is out of date, or a first classification still owed. */
export function checkoutStagesPending(db: Database): boolean {
  return isFullRefreshOwed(db) || db.get(sql`SELECT 1 FROM checkout_dirty LIMIT 1`) !== undefined;
}
