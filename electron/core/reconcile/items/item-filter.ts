import type { ItemFilter, ItemSort } from '../../../../shared/contract/reconcile';
import { RECONCILIATION_CLASSES, isException } from '../../../../shared/domain/reconciliation-class';
import { containsPattern, joinSql, sql, type SqlFragment } from '../../db/sql';
import { amountBound } from './amount-bounds';

const DAY_MS = 86_400_000;

/** The classes a list shows unless told otherwise: the exceptions, not matched or unpaid. */
export const EXCEPTION_CLASSES = RECONCILIATION_CLASSES.filter(isException);

/** A filter as a WHERE clause over `exceptions`, every value bound. */
export function whereOf(filter: ItemFilter, now: Date): SqlFragment {
  const conditions: SqlFragment[] = [];
  const classes = filter.classes && filter.classes.length > 0 ? filter.classes : EXCEPTION_CLASSES;
  conditions.push(sql`class IN (${joinSql(classes.map((cls) => sql`${cls}`), ', ')})`);
  const states = filter.states && filter.states.length > 0 ? filter.states : ['open'];
  conditions.push(sql`state IN (${joinSql(states.map((state) => sql`${state}`), ', ')})`);
  if (filter.currency) conditions.push(sql`currency = ${filter.currency}`);
  if (filter.period) conditions.push(sql`item_date >= ${`${filter.period}-01`} AND item_date <= ${`${filter.period}-31`}`);
  if (filter.minAmount) conditions.push(amountBound(sql`amount_at_stake_minor`, filter.minAmount, 'min'));
  if (filter.maxAmount) conditions.push(amountBound(sql`amount_at_stake_minor`, filter.maxAmount, 'max'));
  if (filter.customer) conditions.push(sql`customer LIKE ${containsPattern(filter.customer)} ESCAPE '\\'`);
  if (filter.reference) {
    const pattern = containsPattern(filter.reference);
    conditions.push(sql`(item_key LIKE ${pattern} ESCAPE '\\' OR payment_ids_json LIKE ${pattern} ESCAPE '\\')`);
  }
  if (filter.ageBucket) conditions.push(ageCondition(filter.ageBucket, now));
  return joinSql(conditions, ' AND ');
}

export function orderOf(sort: ItemSort): SqlFragment {
  switch (sort) {
    case 'amount_desc':
      return sql`amount_at_stake_minor DESC, item_key`;
    case 'oldest_first':
      return sql`item_date ASC, item_key`;
    case 'newest_first':
      return sql`item_date DESC, item_key`;
  }
}

/** Whole days since the item's date, as the age buckets count them. */
export function ageInDays(itemDate: string, now: Date): number {
  const today = Date.parse(now.toISOString().slice(0, 10));
  return Math.max(0, Math.floor((today - Date.parse(itemDate)) / DAY_MS));
}

function ageCondition(bucket: NonNullable<ItemFilter['ageBucket']>, now: Date): SqlFragment {
  const daysAgo = (days: number): string => new Date(Date.parse(now.toISOString().slice(0, 10)) - days * DAY_MS).toISOString().slice(0, 10);
  switch (bucket) {
    case '0-1':
      return sql`item_date >= ${daysAgo(1)}`;
    case '2-7':
      return sql`item_date <= ${daysAgo(2)} AND item_date >= ${daysAgo(7)}`;
    case '8-30':
      return sql`item_date <= ${daysAgo(8)} AND item_date >= ${daysAgo(30)}`;
    case '31+':
      return sql`item_date <= ${daysAgo(31)}`;
  }
}
