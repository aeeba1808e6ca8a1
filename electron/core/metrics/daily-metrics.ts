import type { MetricDay, OverviewMetrics } from '../../../shared/contract/overview';
import type { FailureClass } from '../../../shared/domain/failure-class';
import { addDays } from '../../../shared/domain/utc-day';
import { checkoutDays, noDropOffs } from '../checkouts/checkout-funnel';
import type { Database } from '../db/database';
import { sql } from '../db/sql';

/**
 * The overview's daily figures for the `days` UTC days ending on the day of the newest activity
 * in the cache (a payment or a checkout): offline, the last synced day is "today".
 */
export function dailyMetrics(db: Database, days: number, abandonCutoff: string): OverviewMetrics {
  const asOf = newestActivity(db);
  if (asOf === null) return { asOf: null, days: [] };
  const to = asOf.slice(0, 10);
  const from = addDays(to, -(days - 1));
  const byDay = new Map<string, MetricDay>();
  for (let day = from; day <= to; day = addDays(day, 1)) byDay.set(day, emptyDay(day));
  const end = `${addDays(to, 1)}T00:00:00`;
  const start = `${from}T00:00:00`;

  for (const row of db.all<{ day: string; succeeded: number; attempted: number }>(sql`
    SELECT substr(created_at, 1, 10) AS day, sum(status = 'succeeded') AS succeeded,
      sum(status IN ('succeeded', 'failed', 'requires_action') OR json_extract(raw_json, '$.last_payment_error') IS NOT NULL) AS attempted
    FROM payments WHERE created_at >= ${start} AND created_at < ${end} GROUP BY day`)) {
    const day = byDay.get(row.day);
    if (day) day.payments = { succeeded: row.succeeded, attempted: row.attempted };
  }
  for (const checkout of checkoutDays(db, { from, to }, abandonCutoff)) {
    const day = byDay.get(checkout.day);
    if (day) day.checkouts = { started: checkout.started, abandoned: checkout.abandoned };
  }
  for (const row of db.all<{ day: string; failure_class: FailureClass; n: number }>(sql`
    SELECT substr(occurred_at, 1, 10) AS day, failure_class, count(*) AS n FROM transmission_failures
    WHERE occurred_at >= ${start} AND occurred_at < ${end} GROUP BY day, failure_class`)) {
    const day = byDay.get(row.day);
    if (day) day.failures[row.failure_class] = row.n;
  }
  for (const row of db.all<{ day: string; n: number }>(sql`
    SELECT substr(item_date, 1, 10) AS day, count(*) AS n FROM exceptions
    WHERE class <> 'matched' AND item_date >= ${from} AND item_date < ${addDays(to, 1)} GROUP BY day`)) {
    const day = byDay.get(row.day);
    if (day) day.newExceptions = row.n;
  }
  return { asOf, days: [...byDay.values()] };
}

/** The newest payment or checkout in the cache, or null when there is none. */
export function newestActivity(db: Database): string | null {
  const row = db.get<{ at: string | null }>(sql`
    SELECT max(at) AS at FROM (
      SELECT max(created_at) AS at FROM payments
      UNION ALL SELECT max(started_at) FROM checkout_stages
    )`);
  return row?.at ?? null;
}

function emptyDay(day: string): MetricDay {
  return {
    day,
    payments: { succeeded: 0, attempted: 0 },
    checkouts: { started: 0, abandoned: noDropOffs() },
    failures: { connection: 0, system: 0, integration: 0 },
    newExceptions: 0,
  };
}
