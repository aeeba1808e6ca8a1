import type { ReconciliationClass } from '../../../../shared/domain/reconciliation-class';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';

/** One line of `paydesk reconcile --json`, in DESIGN.md's words. */
export interface ReportItem {
  class: ReconciliationClass;
  payments: string[];
  invoices: string[];
  currency: string;
  amount_at_stake_minor: number;
}

export interface ReportSummary {
  period: string | null;
  items: number;
  /** Items per class. */
  by_class: Partial<Record<ReconciliationClass, number>>;
  /** Money at stake per class and currency, never summed across currencies. */
  amount_at_stake_minor: Partial<Record<ReconciliationClass, Record<string, number>>>;
}

interface Row {
  class: ReconciliationClass;
  payment_ids_json: string;
  invoice_numbers_json: string;
  currency: string;
  amount_at_stake_minor: number;
}

/** Every item (matched and unpaid included), optionally of one period, oldest first, streamed. */
export function* reportItems(db: Database, period: string | null): Generator<ReportItem> {
  const query = sql`SELECT class, payment_ids_json, invoice_numbers_json, currency, amount_at_stake_minor FROM exceptions
    WHERE ${period} IS NULL OR period = ${period} ORDER BY item_date, item_key`;
  for (const row of db.raw.prepare(query.text).iterate(...query.values) as Iterable<Row>) {
    yield {
      class: row.class,
      payments: JSON.parse(row.payment_ids_json) as string[],
      invoices: JSON.parse(row.invoice_numbers_json) as string[],
      currency: row.currency,
      amount_at_stake_minor: row.amount_at_stake_minor,
    };
  }
}

export function reportSummary(db: Database, period: string | null): ReportSummary {
  const rows = db.all<{ class: ReconciliationClass; currency: string; count: number; stake: number }>(
    sql`SELECT class, currency, count(*) AS count, sum(amount_at_stake_minor) AS stake FROM exceptions
        WHERE ${period} IS NULL OR period = ${period} GROUP BY class, currency ORDER BY class, currency`,
  );
  const summary: ReportSummary = { period, items: 0, by_class: {}, amount_at_stake_minor: {} };
  for (const row of rows) {
    summary.items += row.count;
    summary.by_class[row.class] = (summary.by_class[row.class] ?? 0) + row.count;
    (summary.amount_at_stake_minor[row.class] ??= {})[row.currency] = row.stake;
  }
  return summary;
}
