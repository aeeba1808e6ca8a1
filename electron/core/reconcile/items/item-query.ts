import type { ClassTotal, ItemFilter, ItemPage, ItemSort, ReconItem } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { ageInDays, orderOf, whereOf } from './item-filter';

export interface ItemRow {
  item_key: string;
  class: ReconItem['class'];
  state: ReconItem['state'];
  invoice_number: string | null;
  payment_id: string | null;
  invoice_numbers_json: string;
  payment_ids_json: string;
  currency: string;
  amount_at_stake_minor: number;
  total_minor: number | null;
  billing_minor: number;
  gateway_minor: number;
  customer: string | null;
  item_date: string;
  period: string;
  suggestion_score: number | null;
  note: string | null;
  resolution_reason: string | null;
  sealed: number;
}

const COLUMNS = sql`item_key, class, state, invoice_number, payment_id, invoice_numbers_json, payment_ids_json, currency,
  amount_at_stake_minor, total_minor, billing_minor, gateway_minor, customer, item_date, period, suggestion_score, note,
  resolution_reason, sealed`;

/** One page of the items matching a filter, and how many match in all. */
export function listItems(db: Database, filter: ItemFilter, sort: ItemSort, offset: number, limit: number, now: Date): ItemPage {
  const where = whereOf(filter, now);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM exceptions WHERE ${where}`)?.n ?? 0;
  const rows = db.all<ItemRow>(sql`SELECT ${COLUMNS} FROM exceptions WHERE ${where} ORDER BY ${orderOf(sort)} LIMIT ${limit} OFFSET ${offset}`);
  return { total, rows: rows.map((row) => toItem(row, now)) };
}

/** Every item matching a filter, for exports: streamed, never all in memory at once. */
export function* iterateItems(db: Database, filter: ItemFilter, now: Date, sort: ItemSort = 'amount_desc'): Generator<ReconItem> {
  const query = sql`SELECT ${COLUMNS} FROM exceptions WHERE ${whereOf(filter, now)} ORDER BY ${orderOf(sort)}`;
  for (const row of db.raw.prepare(query.text).iterate(...query.values) as Iterable<ItemRow>) yield toItem(row, now);
}

export function findItem(db: Database, key: string, now: Date): ReconItem | undefined {
  const row = db.get<ItemRow>(sql`SELECT ${COLUMNS} FROM exceptions WHERE item_key = ${key}`);
  return row ? toItem(row, now) : undefined;
}

/** Money at stake by class and currency: one row per pair, never summed across currencies. */
export function classTotals(db: Database, filter: ItemFilter, now: Date): ClassTotal[] {
  return db
    .all<{ class: ClassTotal['class']; currency: string; count: number; stake: number }>(
      sql`SELECT class, currency, count(*) AS count, sum(amount_at_stake_minor) AS stake FROM exceptions
          WHERE ${whereOf(filter, now)} GROUP BY class, currency ORDER BY class, currency`,
    )
    .map((row) => ({ class: row.class, currency: row.currency, count: row.count, amountAtStakeMinor: row.stake }));
}

export function toItem(row: ItemRow, now: Date): ReconItem {
  return {
    key: row.item_key,
    class: row.class,
    state: row.state,
    invoiceNumber: row.invoice_number,
    paymentId: row.payment_id,
    invoiceNumbers: JSON.parse(row.invoice_numbers_json) as string[],
    paymentIds: JSON.parse(row.payment_ids_json) as string[],
    currency: row.currency,
    amountAtStakeMinor: row.amount_at_stake_minor,
    totalMinor: row.total_minor,
    billingMinor: row.billing_minor,
    gatewayMinor: row.gateway_minor,
    differenceMinor: row.gateway_minor - row.billing_minor,
    customer: row.customer,
    itemDate: row.item_date,
    period: row.period,
    ageDays: ageInDays(row.item_date, now),
    suggestionScore: row.suggestion_score,
    note: row.note,
    resolutionReason: row.resolution_reason,
    sealed: row.sealed === 1,
  };
}
