import BetterSqlite3 from 'better-sqlite3';
import type { Query } from './sql';

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

/**
 * The one connection to a Paydesk database file. Thin on purpose: bound queries in, plain rows
 * out, prepared statements cached by their text.
 */
export class Database {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly raw: BetterSqlite3.Database) {}

  static open(path: string, options: { readonly?: boolean } = {}): Database {
    // Under Electron the addon must be built for Electron's ABI; the launcher points at that build.
    const nativeBinding = process.env['PAYDESK_SQLITE_BINDING'];
    const raw = new BetterSqlite3(path, {
      readonly: options.readonly ?? false,
      fileMustExist: false,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    return new Database(raw);
  }

  all<Row>(query: Query): Row[] {
    return this.prepare(query.text).all(...query.values) as Row[];
  }

  get<Row>(query: Query): Row | undefined {
    return this.prepare(query.text).get(...query.values) as Row | undefined;
  }

  run(query: Query): RunResult {
    return this.prepare(query.text).run(...query.values);
  }

  /** Runs a script of several statements with no parameters (migrations only). */
  exec(script: string): void {
    this.raw.exec(script);
  }

  pragma<T>(pragma: string): T {
    return this.raw.pragma(pragma, { simple: true }) as T;
  }

  transaction<T>(work: () => T): T {
    return this.raw.transaction(work)();
  }

  close(): void {
    this.statements.clear();
    if (this.raw.open) this.raw.close();
  }

  private prepare(text: string): BetterSqlite3.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.raw.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }
}
