import type { CheckoutFilter } from '../../../shared/contract/checkouts';
import { addDays } from '../../../shared/domain/utc-day';
import { containsPattern, joinSql, sql, type SqlFragment } from '../db/sql';

/**
 * Abandoned, as DESIGN.md says: a drop-off stage, and either no longer open (expired, or paid
 * but never committed) or open since before `cutoff`, the threshold counted back from now.
 */
export function abandoned(cutoff: string): SqlFragment {
  return sql`(s.stage <> 'completed' AND (s.open = 0 OR s.started_at < ${cutoff}))`;
}

/** Open, no succeeded payment, younger than the threshold: the customer may still be paying. */
export function inProgress(cutoff: string): SqlFragment {
  return sql`(s.stage <> 'completed' AND s.open = 1 AND s.started_at >= ${cutoff})`;
}

/** Sessions started within the UTC days from..to, both included. */
export function startedWithin(from: string | undefined, to: string | undefined): SqlFragment {
  const parts: SqlFragment[] = [];
  if (from !== undefined) parts.push(sql`s.started_at >= ${`${from}T00:00:00`}`);
  if (to !== undefined) parts.push(sql`s.started_at < ${`${addDays(to, 1)}T00:00:00`}`);
  return parts.length === 0 ? sql`1 = 1` : joinSql(parts, ' AND ');
}

/** The filter of the Checkouts page over checkout_stages `s` joined to checkouts `c`. */
export function abandonedWhere(filter: CheckoutFilter, cutoff: string): SqlFragment {
  const parts = [abandoned(cutoff), startedWithin(filter.from, filter.to)];
  if (filter.stages) parts.push(sql`s.stage IN (${joinSql(filter.stages.map((stage) => sql`${stage}`), ', ')})`);
  if (filter.currency) parts.push(sql`c.currency = ${filter.currency}`);
  if (filter.recovered === 'exclude') parts.push(sql`s.recovered = 0`);
  if (filter.recovered === 'only') parts.push(sql`s.recovered = 1`);
  if (filter.search) {
    const pattern = containsPattern(filter.search);
    parts.push(sql`(c.customer_name LIKE ${pattern} ESCAPE '\\' OR c.customer_email LIKE ${pattern} ESCAPE '\\'
      OR c.invoice_reference LIKE ${pattern} ESCAPE '\\' OR c.id LIKE ${pattern} ESCAPE '\\')`);
  }
  return joinSql(parts, ' AND ');
}
