import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import { sql } from '../../../electron/core/db/sql';
import { OperatorProfiles } from '../../../electron/core/settings/operator-profile';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const tempDir = useTempDirs();
const now = (): Date => new Date('2026-11-22T10:00:00Z');

function trail(db: ReturnType<typeof openTestDatabase>): unknown[] {
  return db.all(sql`SELECT actor, action, entity_type, before_json, after_json FROM audit_log ORDER BY seq`);
}

describe('the operator profile', () => {
  it('acts as the OS user until a profile is chosen, then as the profile at once', () => {
    const db = openTestDatabase(tempDir());
    const operator = new OperatorProfiles({ db, osUser: () => 'ana', now });
    const actor = operator.actor;
    expect(actor()).toBe('ana');
    expect(operator.current()).toEqual({ name: null, osUser: 'ana', actingAs: 'ana' });

    expect(operator.choose('  Ana López (AP team) ')).toEqual({ name: 'Ana López (AP team)', osUser: 'ana', actingAs: 'Ana López (AP team)' });
    // The provider handed out earlier sees the change: services never hold a stale name.
    expect(actor()).toBe('Ana López (AP team)');
    operator.choose(null);
    expect(actor()).toBe('ana');
  });

  it('records every change, by whoever was acting, and nothing when the name stays the same', () => {
    const db = openTestDatabase(tempDir());
    const operator = new OperatorProfiles({ db, osUser: () => 'ana', now });
    operator.choose('Ana');
    operator.choose('Ana');
    operator.choose('Bob');
    operator.choose(null);
    expect(trail(db)).toEqual([
      { actor: 'ana', action: 'operator.change', entity_type: 'operator_profile', before_json: '{"operator":null}', after_json: '{"operator":"Ana","osUser":"ana"}' },
      { actor: 'Ana', action: 'operator.change', entity_type: 'operator_profile', before_json: '{"operator":"Ana"}', after_json: '{"operator":"Bob","osUser":"ana"}' },
      { actor: 'Bob', action: 'operator.change', entity_type: 'operator_profile', before_json: '{"operator":"Bob"}', after_json: '{"operator":null,"osUser":"ana"}' },
    ]);
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 3 });
  });

  it('keeps the profile in the database file across restarts', () => {
    const dir = tempDir();
    const first = openTestDatabase(dir);
    new OperatorProfiles({ db: first, osUser: () => 'ana', now }).choose('Month-end desk');
    first.close();
    const second = openTestDatabase(dir);
    expect(new OperatorProfiles({ db: second, osUser: () => 'ana', now }).actor()).toBe('Month-end desk');
    second.close();
  });

  it('refuses an empty name or one with control characters, and changes nothing', () => {
    const db = openTestDatabase(tempDir());
    const operator = new OperatorProfiles({ db, osUser: () => 'ana', now });
    expect(() => operator.choose('   ')).toThrow(/needs a name/);
    expect(() => operator.choose('Ana\nDROP')).toThrow(/letters, digits, spaces and punctuation/);
    expect(() => operator.choose('x'.repeat(81))).toThrow(/at most 80/);
    expect(operator.actor()).toBe('ana');
    expect(trail(db)).toEqual([]);
  });
});
