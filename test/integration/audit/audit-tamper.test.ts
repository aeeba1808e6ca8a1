import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAudit } from '../../../electron/core/audit/audit-log';
import { sql } from '../../../electron/core/db/sql';
import { OperatorProfiles } from '../../../electron/core/settings/operator-profile';
import { paydesk } from '../../helpers/paydesk-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

// The attacker of these tests has the database file and the sqlite3 shell (.ci/run installs it),
// and edits rows behind Paydesk's back. The triggers stop a casual UPDATE or DELETE; someone who
// drops them first still cannot edit, delete or reorder entries without verify naming the first.

const SQLITE3 = '/usr/bin/sqlite3';
const tempDir = useTempDirs();
const DROP_TRIGGERS = 'DROP TRIGGER audit_log_is_append_only_update; DROP TRIGGER audit_log_is_append_only_delete;';

/** A closed database file holding six entries written the way the app writes them. */
function trailFile(): string {
  const path = join(tempDir(), 'paydesk.db');
  const db = openTestDatabase(join(path, '..'));
  const at = new Date('2026-11-22T10:00:00Z');
  new OperatorProfiles({ db, osUser: () => 'ana', now: () => at }).choose('Ana López');
  for (const invoice of ['INV-1', 'INV-2', 'INV-3', 'INV-4', 'INV-5']) {
    appendAudit(db, { at, actor: 'Ana López', action: 'recon.resolve', entityType: 'reconciliation_item', entityId: `invoice:${invoice}`, before: { state: 'open' }, after: { state: 'resolved' }, reason: `Paid by wire, ${invoice}` });
  }
  db.close();
  return path;
}

function sqlite3(path: string, statements: string): { status: number | null; stderr: string } {
  expect(existsSync(SQLITE3), `${SQLITE3} is needed: apt-get install sqlite3`).toBe(true);
  const result = spawnSync(SQLITE3, [path, statements], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

function verifyFile(path: string): ReturnType<typeof verifyAudit> {
  const db = openTestDatabase(join(path, '..'));
  try {
    return verifyAudit(db);
  } finally {
    db.close();
  }
}

describe('tampering with the audit trail in the database file', () => {
  it('is refused by the triggers while they stand, and the trail stays intact', () => {
    const path = trailFile();
    const update = sqlite3(path, "UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 3;");
    expect(update.status).not.toBe(0);
    expect(update.stderr).toContain('audit_log is append-only');
    const remove = sqlite3(path, 'DELETE FROM audit_log WHERE seq = 3;');
    expect(remove.status).not.toBe(0);
    expect(remove.stderr).toContain('audit_log is append-only');

    expect(verifyFile(path)).toEqual({ intact: true, entries: 6 });
    const cli = paydesk('audit', 'verify', '--db', path, '--json');
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual({ intact: true, entries: 6 });
  });

  it('names an edited entry, in the core and on the command line', () => {
    const path = trailFile();
    expect(sqlite3(path, `${DROP_TRIGGERS} UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 3;`).status).toBe(0);
    expect(verifyFile(path)).toEqual({ intact: false, entries: 3, firstBroken: 3, problem: 'entry 3 was changed after it was written' });
    const cli = paydesk('audit', 'verify', '--db', path);
    expect(cli.status).toBe(3);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toBe('paydesk: audit trail broken at entry 3: entry 3 was changed after it was written (3 entries read)\n');
  });

  it('names a deleted entry, in the core and on the command line', () => {
    const path = trailFile();
    expect(sqlite3(path, `${DROP_TRIGGERS} DELETE FROM audit_log WHERE seq = 4;`).status).toBe(0);
    expect(verifyFile(path)).toMatchObject({ intact: false, firstBroken: 4, problem: 'entry 4 is missing (the next one is 5)' });
    const cli = paydesk('audit', 'verify', '--db', path, '--json');
    expect(cli.status).toBe(3);
    expect(JSON.parse(cli.stdout)).toMatchObject({ intact: false, firstBroken: 4 });
    expect(cli.stderr.trim().split('\n')).toEqual(['paydesk: audit trail broken at entry 4: entry 4 is missing (the next one is 5) (4 entries read)']);
  });

  it('names the first of two reordered entries, whether their numbers or their contents were swapped', () => {
    const numbers = trailFile();
    expect(sqlite3(numbers, `${DROP_TRIGGERS} UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -2;`).status).toBe(0);
    expect(verifyFile(numbers)).toMatchObject({ intact: false, firstBroken: 2, problem: 'entry 2 does not follow the entry before it (deleted, inserted or reordered)' });

    // Every column but seq moved, so the numbers still run 1, 2, 3, … and only the chain tells.
    const contents = trailFile();
    const columns = ['at', 'actor', 'action', 'entity_type', 'entity_id', 'before_json', 'after_json', 'reason', 'prev_hash', 'hash'];
    const swap = columns.map((column) => `${column} = (SELECT ${column} FROM moved WHERE moved.seq = 8 - audit_log.seq)`).join(', ');
    const statements = `${DROP_TRIGGERS} CREATE TEMP TABLE moved AS SELECT * FROM audit_log WHERE seq IN (3, 5); UPDATE audit_log SET ${swap} WHERE seq IN (3, 5);`;
    expect(sqlite3(contents, statements).status).toBe(0);
    const db = openTestDatabase(join(contents, '..'));
    expect(db.all(sql`SELECT seq, entity_id FROM audit_log WHERE seq IN (3, 5) ORDER BY seq`)).toEqual([
      { seq: 3, entity_id: 'invoice:INV-4' },
      { seq: 5, entity_id: 'invoice:INV-2' },
    ]);
    db.close();
    expect(verifyFile(contents)).toMatchObject({ intact: false, firstBroken: 3 });
    const cli = paydesk('audit', 'verify', '--db', contents);
    expect(cli.status).toBe(3);
    expect(cli.stderr).toMatch(/^paydesk: audit trail broken at entry 3: entry 3 does not follow the entry before it/);
  });
});
