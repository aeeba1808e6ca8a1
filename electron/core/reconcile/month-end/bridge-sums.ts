import type { Period, ReconClass } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import { periodRange } from './period-range';

// The raw sums a period's statement bridge is made of, per currency, straight from SQL. Every
// sum stays in integer minor units of one currency; nothing here adds two currencies together.

/** One class's share of gateway − billing in one currency. */
export interface LineSum {
  currency: string;
  class: ReconClass;
  /** Items contributing to the line. */
  count: number;
  /** Of those, the ones still open (neither resolved nor accepted). */
  openCount: number;
  amountMinor: number;
}

export interface BridgeSums {
  gateway: ReadonlyMap<string, number>;
  billing: ReadonlyMap<string, number>;
  lines: readonly LineSum[];
}

/** Invoices in these states never asked for money, whatever they say was paid. */
const NOT_BILLED = sql`('VOIDED', 'DELETED', 'DRAFT')`;

export function bridgeSums(db: Database, period: Period): BridgeSums {
  return {
    gateway: gatewayTotals(db, period),
    billing: billingTotals(db, period),
    lines: [...itemLines(db, period), ...foreignPaymentLines(db, period)],
  };
}

/** Succeeded payments taken in the period, net of their succeeded refunds (whenever refunded). */
function gatewayTotals(db: Database, period: Period): Map<string, number> {
  const { start, end } = periodRange(period);
  const rows = db.all<{ currency: string; total: number }>(sql`
    SELECT p.currency AS currency,
           SUM(p.amount_minor - COALESCE((
             SELECT SUM(r.amount_minor) FROM refunds r WHERE r.payment_id = p.id AND r.status = 'succeeded'
           ), 0)) AS total
    FROM payments p
    WHERE p.status = 'succeeded' AND p.created_at >= ${start} AND p.created_at < ${end}
    GROUP BY p.currency`);
  return totalsByCurrency(rows);
}

/** What billing records as paid on invoices issued in the period (last update when undated). */
function billingTotals(db: Database, period: Period): Map<string, number> {
  const rows = db.all<{ currency: string; total: number }>(sql`
    SELECT currency, SUM(amount_paid_minor) AS total
    FROM invoices
    WHERE status NOT IN ${NOT_BILLED} AND substr(COALESCE(issued_on, updated_at), 1, 7) = ${period}
    GROUP BY currency`);
  return totalsByCurrency(rows);
}

/** Each class's G − B over the period's items, in the item's currency. */
function itemLines(db: Database, period: Period): LineSum[] {
  const rows = db.all<LineRow>(sql`
    SELECT currency, class, COUNT(*) AS count, SUM(state = 'open') AS openCount,
           SUM(gateway_minor - billing_minor) AS amountMinor
    FROM exceptions
    WHERE period = ${period}
    GROUP BY currency, class`);
  return rows.map(checkedLine);
}

/**
 * A currency_mismatch item's G leaves out the payments in another currency; each of them is
 * money the gateway took in its own currency, so it explains part of that currency's bridge. A
 * payment split over several such items counts once, as it does in the gateway total.
 */
function foreignPaymentLines(db: Database, period: Period): LineSum[] {
  const rows = db.all<LineRow>(sql`
    WITH linked AS (
      SELECT e.item_key, e.state, p.id AS payment_id, p.currency,
             p.amount_minor - COALESCE((
               SELECT SUM(r.amount_minor) FROM refunds r WHERE r.payment_id = p.id AND r.status = 'succeeded'
             ), 0) AS net_minor
      FROM exceptions e
      JOIN json_each(e.payment_ids_json) ids
      JOIN payments p ON p.id = ids.value
      WHERE e.period = ${period} AND e.class = 'currency_mismatch'
        AND p.currency <> e.currency AND p.status = 'succeeded'
    )
    SELECT l.currency AS currency, 'currency_mismatch' AS class,
           COUNT(DISTINCT l.item_key) AS count,
           COUNT(DISTINCT CASE WHEN l.state = 'open' THEN l.item_key END) AS openCount,
           (SELECT SUM(net_minor) FROM (SELECT DISTINCT payment_id, net_minor FROM linked WHERE currency = l.currency)) AS amountMinor
    FROM linked l
    GROUP BY l.currency`);
  return rows.map(checkedLine);
}

interface LineRow {
  currency: string;
  class: ReconClass;
  count: number;
  openCount: number;
  amountMinor: number;
}

function checkedLine(row: LineRow): LineSum {
  return { ...row, amountMinor: safe(row.amountMinor, `${row.currency} ${row.class}`) };
}

function totalsByCurrency(rows: readonly { currency: string; total: number }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.currency, safe(row.total, row.currency)]));
}

/** SQLite sums integers exactly (or fails on overflow); past 2^53 a JS number would not be exact. */
function safe(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`The ${what} total is too large to add up exactly`);
  return value;
}
