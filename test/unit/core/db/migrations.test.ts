import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Database } from '../../../../electron/core/db/database';
import { migrate } from '../../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { sql } from '../../../../electron/core/db/sql';
import { renderSchema, schemaOf } from '../../../helpers/schema';
import { useTempDirs } from '../../../helpers/temp-dir';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const tempDir = useTempDirs();
const now = (): Date => new Date('2026-11-22T10:00:00Z');

/**
 * Migrations allowed to rebuild a table, each reviewed and tested below for keeping every row.
 * SQLite cannot drop a CHECK or reshape a table in place; a rebuild is its documented way.
 */
const REVIEWED_REBUILDS: Record<string, string> = {
  'reconciliation-results': 'exceptions was never written by any release; job_runs is copied row for row without its kind CHECK',
  outbox: 'outbox was never written by any release',
  'checkouts-alerts': "fills only the two columns it adds to checkouts, from each row's own stored payload",
};

function freshDatabase(): { db: Database; path: string } {
  const path = join(tempDir(), 'paydesk.db');
  return { db: Database.open(path), path };
}

function migrateTo(db: Database, path: string, version: number): void {
  migrate(db, path, MIGRATIONS.slice(0, version), now);
}

function tables(db: Database): string[] {
  return db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).map((row) => row.name);
}

describe('the migration list', () => {
  it('is dense and starts at 1', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('never changes a released migration (forward-only): each matches its locked hash', () => {
    const lock: { version: number; name: string; sha256: string }[] = JSON.parse(
      readFileSync(join(fixtures, 'migrations.lock.json'), 'utf8'),
    );
    const current = MIGRATIONS.map((migration) => ({
      version: migration.version,
      name: migration.name,
      sha256: createHash('sha256').update(migration.sql).digest('hex'),
    }));
    // A new migration must be added to the lock; a changed one never matches it again.
    expect(current).toEqual(lock);
  });

  it('only ever adds: no migration drops, renames or rewrites what an earlier one made', () => {
    for (const migration of MIGRATIONS.filter((candidate) => !(candidate.name in REVIEWED_REBUILDS))) {
      expect(migration.sql, migration.name).not.toMatch(/\bDROP\s+(TABLE|COLUMN|INDEX|TRIGGER|VIEW)\b/i);
      expect(migration.sql, migration.name).not.toMatch(/\bRENAME\b/i);
      expect(migration.sql, migration.name).not.toMatch(/\b(UPDATE|DELETE\s+FROM)\s+\w+\s+(SET|WHERE)\b/i);
    }
  });

  it('fills the checkout columns version 8 adds from the payloads already stored', () => {
    const { db, path } = freshDatabase();
    migrate(db, path, MIGRATIONS.slice(0, 7), now);
    const raw = { metadata: { invoice_number: 'INV-0042' }, client_reference_id: 'ignored', customer_details: { name: 'Ada Lovelace' } };
    db.run(sql`INSERT INTO checkouts (id, source, status, created_at, raw_json) VALUES ('cs_1', 'gw', 'expired', '2026-10-01T00:00:00Z', ${JSON.stringify(raw)})`);
    db.run(sql`INSERT INTO checkouts (id, source, status, created_at, raw_json) VALUES ('cs_2', 'gw', 'expired', '2026-10-01T00:00:00Z', ${JSON.stringify({ client_reference_id: 'INV-7' })})`);
    migrate(db, path, MIGRATIONS, now);
    expect(db.all(sql`SELECT id, invoice_reference, customer_name FROM checkouts ORDER BY id`)).toEqual([
      { id: 'cs_1', invoice_reference: 'INV-0042', customer_name: 'Ada Lovelace' },
      { id: 'cs_2', invoice_reference: 'INV-7', customer_name: null },
    ]);
    db.close();
  });

  it('matches the committed schema snapshot (npm run db:snapshot rewrites it)', () => {
    const { db, path } = freshDatabase();
    migrate(db, path, MIGRATIONS, now);
    expect(renderSchema(schemaOf(db))).toBe(readFileSync(join(fixtures, 'schema.sql'), 'utf8'));
    db.close();
  });

  it('uses STRICT tables throughout', () => {
    const { db, path } = freshDatabase();
    migrate(db, path, MIGRATIONS, now);
    const loose = db
      .all<{ name: string; strict: number }>(sql`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`)
      .filter((table) => table.strict !== 1);
    expect(loose).toEqual([]);
    db.close();
  });
});

describe('migration 1: connectors', () => {
  it('creates connectors, their health and the failure log, with the failure classes enforced', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 1);
    expect(tables(db)).toEqual(['connector_health', 'connectors', 'transmission_failures']);
    db.run(sql`INSERT INTO connectors VALUES ('gw', 'gateway', 'Gateway', 'live', 'https://x', 't', 't')`);
    expect(() =>
      db.run(sql`INSERT INTO transmission_failures (connector_id, failure_class, endpoint, message, occurred_at)
                 VALUES ('gw', 'network', 'GET /', 'x', 't')`),
    ).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 2: source data', () => {
  it('stores money as integers with an upper-case currency, and nothing else', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 2);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['payments', 'refunds', 'checkouts', 'invoices', 'invoice_payments', 'sync_state']),
    );
    const insert = (amount: number | string, currency: string): void => {
      db.run(sql`INSERT INTO payments (id, source, status, amount_minor, currency, created_at, updated_at, raw_json)
                 VALUES (${`pi_${String(amount)}_${currency}`}, 'test', 'succeeded', ${amount}, ${currency}, 't', 't', '{}')`);
    };
    insert(1230, 'USD');
    expect(() => insert(12.3, 'USD')).toThrow(/cannot store REAL/);
    expect(() => insert('12.30', 'USD')).toThrow(/cannot store REAL/);
    expect(() => insert('twelve', 'USD')).toThrow(/cannot store TEXT/);
    expect(() => insert(1230, 'usd')).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 3: reconciliation, outbox, audit', () => {
  it('creates the tables and makes the audit log append-only', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 3);
    expect(tables(db)).toEqual(expect.arrayContaining(['match_links', 'exceptions', 'outbox', 'audit_log']));
    db.run(sql`INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('t', 'me', 'test', '0', 'h')`);
    expect(() => db.run(sql`UPDATE audit_log SET actor = 'someone else'`)).toThrow(/append-only/);
    expect(() => db.run(sql`DELETE FROM audit_log`)).toThrow(/append-only/);
    expect(() =>
      db.run(sql`INSERT INTO exceptions (class, invoice_number, currency, amount_at_stake_minor, state, opened_at, updated_at)
                 VALUES ('not_a_class', 'INV-1', 'USD', 0, 'open', 't', 't')`),
    ).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 4: sync and import', () => {
  it('adds credited amounts to existing invoices without touching them, mappings and job runs', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 3);
    db.run(sql`INSERT INTO invoices (number, source, status, currency, total_minor, amount_paid_minor, amount_due_minor, updated_at, raw_json)
               VALUES ('INV-1', 'test', 'AUTHORISED', 'USD', 1000, 0, 1000, 't', '{}')`);
    migrate(db, path, MIGRATIONS.slice(0, 4), now);
    expect(db.get(sql`SELECT total_minor, amount_credited_minor FROM invoices WHERE number = 'INV-1'`)).toEqual({
      total_minor: 1000,
      amount_credited_minor: 0,
    });
    expect(tables(db)).toEqual(expect.arrayContaining(['import_mappings', 'job_runs']));
    expect(() =>
      db.run(sql`INSERT INTO job_runs (id, kind, title, state, started_at) VALUES ('j1', 'export', 'x', 'running', 't')`),
    ).toThrow(/CHECK constraint/);
    db.close();
  });
});

describe('migration 5: reconciliation results', () => {
  it('keeps every job run through the rebuild and accepts new job kinds', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 4);
    db.run(sql`INSERT INTO job_runs (id, kind, title, state, summary_json, records_done, pages_done, started_at, finished_at)
               VALUES ('j1', 'sync', 'Sync', 'succeeded', '{"a":1}', 12, 3, '2026-11-01T00:00:00Z', '2026-11-01T00:01:00Z')`);
    const before = db.all(sql`SELECT * FROM job_runs`);
    migrate(db, path, MIGRATIONS.slice(0, 5), now);
    expect(db.all(sql`SELECT * FROM job_runs`)).toEqual(before);
    db.run(sql`INSERT INTO job_runs (id, kind, title, state, started_at) VALUES ('j2', 'reconcile', 'Reconcile', 'running', 't')`);
    expect(db.get(sql`SELECT count(*) AS n FROM job_runs`)).toEqual({ n: 2 });
    db.close();
  });

  it('notes changed invoices and payments only once a full run is no longer owed', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 5);
    const insertPayment = (id: string): void => {
      db.run(sql`INSERT INTO payments (id, source, status, amount_minor, currency, created_at, updated_at, raw_json)
                 VALUES (${id}, 'test', 'succeeded', 100, 'USD', 't', 't', '{}')`);
    };
    insertPayment('pi_before');
    expect(db.all(sql`SELECT * FROM recon_dirty`)).toEqual([]);
    db.run(sql`UPDATE recon_state SET full_run_owed = 0`);
    insertPayment('pi_after');
    db.run(sql`INSERT INTO invoice_payments (id, invoice_number, source, kind, status, amount_minor, currency, reference, paid_on, raw_json)
               VALUES ('p1', 'INV-9', 'test', 'payment', 'AUTHORISED', 100, 'USD', 'pi_after', '2026-11-01', '{}')`);
    db.run(sql`UPDATE payments SET raw_json = '{"x":1}' WHERE id = 'pi_before'`);
    expect(db.all(sql`SELECT entity, key FROM recon_dirty ORDER BY entity, key`)).toEqual([
      { entity: 'invoice', key: 'INV-9' },
      { entity: 'payment', key: 'pi_after' },
    ]);
    db.run(sql`UPDATE payments SET amount_minor = 90 WHERE id = 'pi_before'`);
    expect(db.get(sql`SELECT count(*) AS n FROM recon_dirty WHERE key = 'pi_before'`)).toEqual({ n: 1 });
    db.close();
  });
});

describe('migration 7: settings', () => {
  it('keeps one value per key and leaves the audit trail as it was', () => {
    const { db, path } = freshDatabase();
    migrateTo(db, path, 6);
    db.run(sql`INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('t', 'me', 'test', '0', 'h')`);
    const trail = db.all(sql`SELECT * FROM audit_log`);
    migrateTo(db, path, 7);
    expect(db.all(sql`SELECT * FROM audit_log`)).toEqual(trail);
    db.run(sql`INSERT INTO settings (key, value_json, updated_at) VALUES ('operator.name', '"Ana"', 't')`);
    expect(() => db.run(sql`INSERT INTO settings (key, value_json, updated_at) VALUES ('operator.name', '"Bob"', 't')`)).toThrow(/UNIQUE/);
    expect(() => db.run(sql`INSERT INTO settings (key, value_json, updated_at) VALUES ('x', NULL, 't')`)).toThrow(/NOT NULL/);
    db.close();
  });
});
