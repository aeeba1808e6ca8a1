import type BetterSqlite3 from 'better-sqlite3';
import type { TableName } from '../../../shared/contract/tables';
import type { Database } from '../db/database';
import type { SourceBatch } from './records';
import { CHECKOUTS, INVOICE_PAYMENTS, INVOICES, PAYMENTS, REFUNDS, type TableSpec } from './table-specs';

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type BatchOutcome = Record<keyof SourceBatch, WriteCounts>;

interface Upsert {
  insert: BetterSqlite3.Statement;
  update: BetterSqlite3.Statement;
}

/**
 * Writes canonical records by their natural keys: a record seen again is updated only when
 * something changed, so re-importing a file or re-reading a page adds nothing. Callers wrap a
 * batch and its cursor in one transaction (`db.transaction`), which makes a page atomic.
 */
export class SourceStore {
  private readonly upserts = new Map<string, Upsert>();

  constructor(private readonly db: Database) {}

  write(batch: SourceBatch): BatchOutcome {
    return {
      payments: this.writeAll(PAYMENTS, batch.payments ?? []),
      refunds: this.writeAll(REFUNDS, batch.refunds ?? []),
      checkouts: this.writeAll(CHECKOUTS, batch.checkouts ?? []),
      invoices: this.writeAll(INVOICES, batch.invoices ?? []),
      invoicePayments: this.writeAll(INVOICE_PAYMENTS, batch.invoicePayments ?? []),
    };
  }

  private writeAll<R>(spec: TableSpec<R>, records: readonly R[]): WriteCounts {
    const counts: WriteCounts = { added: 0, updated: 0, unchanged: 0 };
    if (records.length === 0) return counts;
    const { insert, update } = this.upsertFor(spec);
    const keyCount = spec.key.length;
    for (const record of records) {
      const row = spec.row(record);
      if (insert.run(row).changes === 1) {
        counts.added += 1;
        continue;
      }
      // Values first (SET and the change test), then the key (WHERE).
      const values = row.slice(keyCount);
      const changed = update.run([...values, ...row.slice(0, keyCount), ...values]).changes === 1;
      if (changed) counts.updated += 1;
      else counts.unchanged += 1;
    }
    return counts;
  }

  private upsertFor<R>(spec: TableSpec<R>): Upsert {
    let upsert = this.upserts.get(spec.table);
    if (!upsert) {
      const all = [...spec.key, ...spec.columns];
      // Identifiers come from the fixed specs, never from input. Only a clash on the natural key
      // is tolerated here; any other constraint (a CHECK, another unique index) still fails loudly.
      const insert = this.db.raw.prepare(
        `INSERT INTO ${spec.table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})
         ON CONFLICT (${spec.key.join(', ')}) DO NOTHING`,
      );
      const update = this.db.raw.prepare(
        `UPDATE ${spec.table} SET ${spec.columns.map((column) => `${column} = ?`).join(', ')}
         WHERE ${spec.key.map((column) => `${column} = ?`).join(' AND ')}
           AND (${spec.columns.map((column) => `${column} IS NOT ?`).join(' OR ')})`,
      );
      upsert = { insert, update };
      this.upserts.set(spec.table, upsert);
    }
    return upsert;
  }
}

/** The tables a batch outcome touched, for `data.changed`. */
export function changedTables(outcome: BatchOutcome): TableName[] {
  const tables: [keyof SourceBatch, TableName][] = [
    ['payments', 'payments'],
    ['refunds', 'refunds'],
    ['checkouts', 'checkouts'],
    ['invoices', 'invoices'],
    ['invoicePayments', 'invoice_payments'],
  ];
  return tables.filter(([key]) => outcome[key].added + outcome[key].updated > 0).map(([, table]) => table);
}

