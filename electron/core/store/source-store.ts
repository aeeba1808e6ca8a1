import type BetterSqlite3 from 'better-sqlite3';
import type { TableName } from '../../../shared/contract/tables';
import type { Database } from '../db/database';
import type { SqlValue } from '../db/sql';
import { redactRecord } from '../redact/redact-card-data';
import type { SourceBatch } from './records';
import { CHECKOUTS, INVOICE_PAYMENTS, INVOICES, PAYMENTS, REFUNDS, type TableSpec } from './table-specs';

export interface WriteCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type BatchOutcome = Record<keyof SourceBatch, WriteCounts>;

/**
 * Rows per multi-row INSERT: one statement per row costs a VDBE run each, a few hundred share
 * it. 100 rows of at most 15 columns stay far below SQLite's 32,766 bound parameters.
 */
const ROWS_PER_INSERT = 100;

interface Statements {
  /** Which keys of up to ROWS_PER_INSERT records the table already holds (padded with NULL). */
  existing: BetterSqlite3.Statement;
  insertMany: BetterSqlite3.Statement;
  insertOne: BetterSqlite3.Statement;
  update: BetterSqlite3.Statement;
}

/**
 * Writes canonical records by their natural keys: a record seen again is updated only when
 * something changed, so re-importing a file or re-reading a page adds nothing. Callers wrap a
 * batch and its cursor in one transaction (`db.transaction`), which makes a page atomic.
 *
 * Records are taken a hundred at a time: one query finds which of their keys are stored; those
 * go through the guarded UPDATE, the rest into one multi-row INSERT (row by row when fewer than
 * a hundred are new). Within the caller's transaction nothing else writes, so "not stored"
 * stays true until the INSERT runs.
 */
export class SourceStore {
  private readonly statements = new Map<string, Statements>();

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

  private writeAll<R extends object>(spec: TableSpec<R>, records: readonly R[]): WriteCounts {
    const counts: WriteCounts = { added: 0, updated: 0, unchanged: 0 };
    const statements = this.statementsFor(spec);
    for (let start = 0; start < records.length; start += ROWS_PER_INSERT) {
      this.writeChunk(spec, statements, records.slice(start, start + ROWS_PER_INSERT), counts);
    }
    return counts;
  }

  private writeChunk<R extends object>(spec: TableSpec<R>, statements: Statements, records: readonly R[], counts: WriteCounts): void {
    const rows = records.map((record) => spec.row(redactRecord(record)));
    const keys: SqlValue[] = rows.map((row) => row[0] ?? null);
    while (keys.length < ROWS_PER_INSERT) keys.push(null);
    const stored = new Set(statements.existing.all(keys));
    // Stored rows are updated before new ones are inserted: an update may free a unique value
    // (a charge id) that a new row then takes.
    const fresh: SqlValue[][] = [];
    const repeats: SqlValue[][] = [];
    const seen = new Set<SqlValue>();
    for (const row of rows) {
      const key = row[0] ?? null;
      if (stored.has(key)) this.update(statements, row, counts);
      else if (seen.has(key)) repeats.push(row);
      else {
        seen.add(key);
        fresh.push(row);
      }
    }
    if (fresh.length === ROWS_PER_INSERT) statements.insertMany.run(fresh.flat());
    else for (const row of fresh) statements.insertOne.run(row);
    counts.added += fresh.length;
    // The same key twice in one chunk: the later record updates the one just inserted.
    for (const row of repeats) this.update(statements, row, counts);
  }

  private update(statements: Statements, row: readonly SqlValue[], counts: WriteCounts): void {
    // Values first (SET and the change test), then the key (WHERE).
    const values = row.slice(1);
    if (statements.update.run([...values, row[0] ?? null, ...values]).changes === 1) counts.updated += 1;
    else counts.unchanged += 1;
  }

  private statementsFor<R>(spec: TableSpec<R>): Statements {
    let statements = this.statements.get(spec.table);
    if (!statements) {
      // Identifiers come from the fixed specs, never from input. A clash on any constraint (the
      // key included, which the lookup rules out) fails loudly and the transaction rolls back.
      const all = [spec.key, ...spec.columns];
      const tuple = `(${all.map(() => '?').join(', ')})`;
      const insert = `INSERT INTO ${spec.table} (${all.join(', ')}) VALUES `;
      statements = {
        existing: this.db.raw.prepare(
          `SELECT ${spec.key} FROM ${spec.table} WHERE ${spec.key} IN (${Array.from({ length: ROWS_PER_INSERT }, () => '?').join(', ')})`,
        ).pluck(),
        insertMany: this.db.raw.prepare(insert + Array.from({ length: ROWS_PER_INSERT }, () => tuple).join(', ')),
        insertOne: this.db.raw.prepare(insert + tuple),
        update: this.db.raw.prepare(
          `UPDATE ${spec.table} SET ${spec.columns.map((column) => `${column} = ?`).join(', ')}
           WHERE ${spec.key} = ? AND (${spec.columns.map((column) => `${column} IS NOT ?`).join(' OR ')})`,
        ),
      };
      this.statements.set(spec.table, statements);
    }
    return statements;
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
