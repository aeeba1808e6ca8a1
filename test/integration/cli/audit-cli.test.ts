import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/audit-log';
import { openTestDatabase } from '../sync/sync-fixture';
import { paydesk } from '../../helpers/paydesk-cli';
import { EXPORTED_FIELDS, firstBrokenExported, type ExportedEntry } from '../../helpers/reverify-audit';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function databaseWithTrail(entries: number): string {
  const dir = tempDir();
  const db = openTestDatabase(dir);
  for (let index = 1; index <= entries; index += 1) {
    appendAudit(db, { at: new Date(Date.UTC(2026, 10, 22, 10, 0, index)), actor: 'ana', action: 'recon.accept', entityType: 'reconciliation_item', entityId: `payment:pi_${index}`, after: { state: 'accepted' }, reason: index === 2 ? '=1+1' : null });
  }
  db.close();
  return join(dir, 'paydesk.db');
}

describe('paydesk audit export', () => {
  it('streams JSON Lines to stdout by default, from which the chain re-verifies', () => {
    const result = paydesk('audit', 'export', '--db', databaseWithTrail(3));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('exported 3 audit entries\n');
    const entries = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ExportedEntry);
    expect(entries.map((entry) => entry['entity_id'])).toEqual(['payment:pi_1', 'payment:pi_2', 'payment:pi_3']);
    expect(entries[1]?.['reason']).toBe('=1+1');
    expect(firstBrokenExported(entries)).toBeNull();
  });

  it('writes CSV to a file with --out, every field by its database name', () => {
    const out = join(tempDir(), 'trail.csv');
    const result = paydesk('audit', 'export', '--db', databaseWithTrail(2), '--format', 'csv', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`exported 2 audit entries to ${out}\n`);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(EXPORTED_FIELDS);
    expect(rows.slice(1).map((row) => [row[0], row[8]])).toEqual([['1', ''], ['2', "'=1+1"]]);
  });

  it('explains a wrong command line, a missing file and one that is not a database, in one line each', () => {
    const db = databaseWithTrail(1);
    const notADatabase = join(tempDir(), 'notes.db');
    writeFileSync(notADatabase, 'not a database at all, just some text that is long enough to be read');
    const cases: [string[], number, RegExp][] = [
      [['audit'], 2, /^paydesk: say what to do with the audit trail; usage: paydesk audit verify/],
      [['audit', 'verify'], 2, /^paydesk: --db FILE is required/],
      [['audit', 'export', '--db', db, '--format', 'xml'], 2, /^paydesk: --format must be jsonl or csv, got "xml"/],
      [['audit', 'export', '--db', db, '--json'], 2, /^paydesk: audit export writes JSON Lines by default/],
      [['audit', 'verify', '--db', join(tempDir(), 'typo.db')], 1, /^paydesk: .*typo\.db does not exist; name an existing Paydesk database/],
      [['audit', 'verify', '--db', notADatabase], 1, /^paydesk: .*notes\.db is not a Paydesk database or is damaged/],
    ];
    for (const [args, status, message] of cases) {
      const result = paydesk(...args);
      expect({ args, status: result.status }).toEqual({ args, status });
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });
});
