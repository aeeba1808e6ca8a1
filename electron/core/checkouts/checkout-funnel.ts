import { STEP_AFTER, type CheckoutDay, type CheckoutRange, type Funnel } from '../../../shared/contract/checkouts';
import { DROP_OFF_STAGES, type CheckoutStage, type DropOffStage } from '../../../shared/domain/checkout-stage';
import { addDays } from '../../../shared/domain/utc-day';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { abandoned, inProgress, startedWithin } from './abandoned-where';

interface StageCount {
  stage: CheckoutStage;
  sessions: number;
  recovered: number;
}

/**
 * The funnel of the sessions started in the range, from started to committed by the merchant:
 * each step keeps the sessions that did not drop off at the stage before it. Sessions still in
 * progress are counted apart, not as started.
 */
export function checkoutFunnel(db: Database, range: CheckoutRange, cutoff: string): Funnel {
  const within = startedWithin(range.from, range.to);
  const counts = db.all<StageCount>(sql`
    SELECT s.stage, count(*) AS sessions, sum(s.recovered) AS recovered FROM checkout_stages s
    WHERE ${within} AND (s.stage = 'completed' OR ${abandoned(cutoff)})
    GROUP BY s.stage`);
  const pending = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM checkout_stages s WHERE ${within} AND ${inProgress(cutoff)}`)?.n ?? 0;
  const of = (stage: CheckoutStage): StageCount => counts.find((count) => count.stage === stage) ?? { stage, sessions: 0, recovered: 0 };
  let remaining = counts.reduce((sum, count) => sum + count.sessions, 0);
  const steps: Funnel['steps'] = [{ step: 'started', sessions: remaining }];
  for (const stage of DROP_OFF_STAGES) {
    remaining -= of(stage).sessions;
    steps.push({ step: STEP_AFTER[stage], sessions: remaining });
  }
  return {
    from: range.from,
    to: range.to,
    inProgress: pending,
    steps,
    dropOffs: DROP_OFF_STAGES.map((stage) => ({ stage, sessions: of(stage).sessions, recovered: of(stage).recovered })),
  };
}

/** Sessions started and abandoned per UTC day of the range, every day present. */
export function checkoutDays(db: Database, range: CheckoutRange, cutoff: string): CheckoutDay[] {
  const rows = db.all<{ day: string; stage: CheckoutStage; sessions: number }>(sql`
    SELECT substr(s.started_at, 1, 10) AS day, s.stage, count(*) AS sessions FROM checkout_stages s
    WHERE ${startedWithin(range.from, range.to)} AND (s.stage = 'completed' OR ${abandoned(cutoff)})
    GROUP BY day, s.stage`);
  const days = new Map<string, CheckoutDay>();
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.set(day, { day, started: 0, abandoned: noDropOffs() });
  for (const row of rows) {
    const day = days.get(row.day);
    if (!day) continue;
    day.started += row.sessions;
    if (row.stage !== 'completed') day.abandoned[row.stage] += row.sessions;
  }
  return [...days.values()];
}

export function noDropOffs(): Record<DropOffStage, number> {
  return { card_entry: 0, three_d_secure: 0, declined_then_abandoned: 0, paid_not_committed: 0 };
}
