import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const tempDir = useTempDirs();
const at = new Date('2026-11-22T10:00:00Z');

function logWithEntries(count: number): Database {
  const db = openTestDatabase(tempDir());
  for (let index = 1; index <= count; index += 1) {
    appendAudit(db, { at, actor: 'ana', action: 'recon.resolve', entityType: 'reconciliation_item', entityId: `invoice:INV-${index}`, before: { state: 'open' }, after: { state: 'resolved' }, reason: `reason ${index}` });
  }
  return db;
}

/** What someone with the sqlite3 shell can do: the append-only triggers are no obstacle to them. */
function tamper(db: Database, statement: string): void {
  db.raw.exec(`DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete; ${statement}`);
}

describe('the audit trail', () => {
  it('chains every entry to the one before, densely numbered, and verifies', () => {
    const db = logWithEntries(5);
    expect(db.all(sql`SELECT seq FROM audit_log`).map((row) => (row as { seq: number }).seq)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 5 });
  });

  it('refuses updates and deletes through SQL', () => {
    const db = logWithEntries(2);
    expect(() => db.run(sql`UPDATE audit_log SET reason = 'x' WHERE seq = 1`)).toThrow(/append-only/);
    expect(() => db.run(sql`DELETE FROM audit_log WHERE seq = 2`)).toThrow(/append-only/);
  });

  it('names an edited entry', () => {
    const db = logWithEntries(5);
    tamper(db, "UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 3");
    expect(verifyAudit(db)).toMatchObject({ intact: false, firstBroken: 3, problem: 'entry 3 was changed after it was written' });
  });

  it('names a deleted entry, in the middle or at the start', () => {
    const middle = logWithEntries(5);
    tamper(middle, 'DELETE FROM audit_log WHERE seq = 3');
    expect(verifyAudit(middle)).toMatchObject({ intact: false, firstBroken: 3, problem: 'entry 3 is missing (the next one is 4)' });
    const first = logWithEntries(3);
    tamper(first, 'DELETE FROM audit_log WHERE seq = 1');
    expect(verifyAudit(first)).toMatchObject({ intact: false, firstBroken: 1 });
  });

  it('names the first of two reordered entries, even with their numbers swapped back', () => {
    const db = logWithEntries(5);
    tamper(db, 'UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -2');
    expect(verifyAudit(db)).toMatchObject({ intact: false, firstBroken: 2 });
  });

  it('never stores a card number, whatever field it was typed into', () => {
    const db = openTestDatabase(tempDir());
    appendAudit(db, { at, actor: 'ana 4242 4242 4242 4242', action: 'recon.resolve', entityType: 'reconciliation_item', entityId: 'invoice:4111111111111111', before: { note: '5555-5555-5555-4444' }, after: { cvc: '123' }, reason: 'card 4000056655665556' });
    const stored = JSON.stringify(db.all(sql`SELECT * FROM audit_log`));
    expect(stored).not.toMatch(/4242 4242 4242 4242|4111111111111111|5555-5555-5555-4444|4000056655665556|123"/);
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 1 });
  });
});
