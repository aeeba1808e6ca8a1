import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { progressDisplay } from '../../../electron/cli/commands/import';
import { MappingsRepo } from '../../../electron/core/import/mappings-repo';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDb, rowCounts, ROOT, SAMPLES, STRIPE_HEADER, stripeCharge, writeFile } from '../../unit/core/import/import-test-kit';

const tempDir = useTempDirs();
const tsx = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const cli = resolve(ROOT, 'electron/cli/main.ts');

function paydeskImport(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [tsx, cli, 'import', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('paydesk import', () => {
  it('imports a file, prints the summary, and says nothing was added the second time', () => {
    const dir = tempDir();
    const db = join(dir, 'paydesk.db');
    const sample = join(SAMPLES, 'stripe-balance-report.csv');
    const first = paydeskImport('--db', db, '--preset', 'stripe-balance-report', sample);
    expect(first.stderr).not.toContain('paydesk:');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('Imported stripe-balance-report.csv: 20 payments added; 2 refunds added; 6 other rows skipped (payout, dispute, fee)\n');
    // Not a terminal: progress comes as plain lines, one per phase.
    expect(first.stderr).toContain('Reading file: ');
    expect(first.stderr).toContain('Saving: ');
    expect(first.stderr).not.toContain('\u001b[');

    const second = paydeskImport('--db', db, '--preset', 'stripe-balance-report', '--json', sample);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      file: 'stripe-balance-report.csv',
      counts: { payments: { added: 0, updated: 0, unchanged: 20 }, refunds: { added: 0, updated: 0, unchanged: 2 } },
    });
  });

  it('imports Xero invoices with a chosen date order, and through a saved mapping', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'paydesk.db');
    const xero = paydeskImport('--db', dbPath, '--preset', 'xero-invoices', '--date-order', 'dmy', join(SAMPLES, 'xero-invoices.csv'));
    expect(xero.stdout).toBe('Imported xero-invoices.csv: 18 invoices added\n');

    const db = openTestDb(dir);
    new MappingsRepo(db).save({
      name: 'bank',
      target: 'payments',
      delimiter: null,
      decimalSeparator: ',',
      thousandsSeparator: '.',
      dateOrder: 'dmy',
      defaultCurrency: 'EUR',
      columns: { id: 'Ref', amount: 'Betrag', date: 'Datum' },
    });
    db.close();
    const file = writeFile(dir, 'bank.csv', 'Ref;Datum;Betrag\nB-1;31.10.2026;1.234,50\n');
    const mapped = paydeskImport('--db', dbPath, '--preset', 'mapping:bank', '--json', file);
    expect(mapped.status).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ file: 'bank.csv', counts: { payments: { added: 1 } } });
  });

  it('exits non-zero with one line naming file, row, column and value, and writes nothing', () => {
    const dir = tempDir();
    const lines = [STRIPE_HEADER, stripeCharge(1), stripeCharge(2, { gross: '12.345' }), stripeCharge(3), stripeCharge(4, { currency: 'xxx' }), stripeCharge(5, { gross: 'abc' })];
    const file = writeFile(dir, 'october.csv', lines.join('\n'));
    const result = paydeskImport('--db', join(dir, 'paydesk.db'), '--preset', 'stripe-balance-report', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const reason = result.stderr.trim().split('\n').at(-1);
    expect(reason).toBe('paydesk: october.csv, row 3, column gross: USD allows 2 decimal places (value "12.345") (+2 more problems); nothing was imported');
    const db = openTestDb(dir);
    expect(rowCounts(db).payments).toBe(0);
    db.close();
  });

  it('explains bad flags, a missing file and a database that is not one, in one line each', () => {
    const dir = tempDir();
    const db = join(dir, 'paydesk.db');
    const sample = join(SAMPLES, 'stripe-balance-report.csv');
    const cases: [string[], number, string][] = [
      [['--preset', 'stripe-balance-report', sample], 2, 'paydesk: --db FILE is required'],
      [['--db', db, sample], 2, 'paydesk: --preset is required'],
      [['--db', db, '--preset', 'quickbooks', sample], 2, 'paydesk: --preset must be stripe-balance-report, xero-invoices or mapping:NAME, got "quickbooks"'],
      [['--db', db, '--preset', 'xero-invoices', '--date-order', 'dym', sample], 2, 'paydesk: --date-order must be dmy, mdy or ymd, got "dym"'],
      [['--db', db, '--preset', 'stripe-balance-report', join(dir, 'nope.csv')], 1, 'paydesk: nope.csv, file not found; nothing was imported'],
      [['--db', db, '--preset', 'mapping:unknown', sample], 1, 'paydesk: stripe-balance-report.csv, there is no saved mapping named "unknown"; nothing was imported'],
    ];
    for (const [args, status, start] of cases) {
      const result = paydeskImport(...args);
      expect(result.status, args.join(' ')).toBe(status);
      const lines = result.stderr.trim().split('\n').filter((line) => line.startsWith('paydesk:'));
      expect(lines).toHaveLength(1);
      expect(lines[0]?.startsWith(start), lines[0]).toBe(true);
    }
    const garbage = join(dir, 'garbage.db');
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    const corrupt = paydeskImport('--db', garbage, '--preset', 'stripe-balance-report', sample);
    expect(corrupt.status).toBe(1);
    expect(corrupt.stderr).toMatch(/^paydesk: .*garbage\.db is not a Paydesk database or is damaged \(.*\); it was left untouched\n$/);

    const newer = join(dir, 'newer.db');
    const future = new BetterSqlite3(newer);
    future.pragma('user_version = 999');
    future.close();
    const tooNew = paydeskImport('--db', newer, '--preset', 'stripe-balance-report', sample);
    expect(tooNew.status).toBe(1);
    expect(tooNew.stderr).toMatch(/^paydesk: .*newer\.db was written by a newer Paydesk \(schema 999, this one reads up to \d+\); update Paydesk\n$/);
  });
});

describe('paydesk import, interrupted', () => {
  it('cancels on Ctrl-C while reading, exits 130 and writes nothing', async () => {
    const dir = tempDir();
    const lines = [STRIPE_HEADER];
    for (let index = 1; index <= 300_000; index += 1) lines.push(stripeCharge(index));
    const file = writeFile(dir, 'large.csv', lines.join('\n'));
    // Straight under node with the tsx loader: the tsx launcher would relay the signal itself and
    // kill a child that is busy for more than a few milliseconds, which is not what is tested here.
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'import', '--db', join(dir, 'paydesk.db'), '--preset', 'stripe-balance-report', file], { cwd: ROOT });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolveCode) => {
      child.stderr.on('data', (chunk: Buffer) => {
        const first = stderr === '';
        stderr += chunk.toString();
        if (first && stderr.includes('Reading file')) child.kill('SIGINT');
      });
      child.on('exit', (exitCode) => resolveCode(exitCode));
    });
    expect(code).toBe(130);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n').at(-1)).toBe('paydesk: import cancelled; nothing was imported');
    const db = openTestDb(dir);
    expect(rowCounts(db).payments).toBe(0);
    db.close();
  }, 60_000);
});

describe('the import progress display', () => {
  function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
    const written: string[] = [];
    const stream = { isTTY, write: (text: string) => written.push(text) > 0 } as unknown as NodeJS.WriteStream;
    return { stream, written };
  }

  it('redraws one bar in place on a terminal, at most every 100 ms within a phase, and clears it', () => {
    const { stream, written } = fakeStream(true);
    let now = 0;
    const display = progressDisplay(stream, () => now);
    display.update({ phase: 'Saving', recordsDone: 0, recordsTotal: 2000 });
    now = 50;
    display.update({ phase: 'Saving', recordsDone: 500, recordsTotal: 2000 });
    now = 150;
    display.update({ phase: 'Saving', recordsDone: 1000, recordsTotal: 2000 });
    display.clear();
    expect(written).toEqual([
      `\r\u001b[K[${'·'.repeat(24)}] Saving: 0/2,000 records`,
      `\r\u001b[K[${'#'.repeat(12)}${'·'.repeat(12)}] Saving: 1,000/2,000 records`,
      '\r\u001b[K',
    ]);
  });

  it('writes plain lines elsewhere: one per phase, then every few seconds', () => {
    const { stream, written } = fakeStream(false);
    let now = 0;
    const display = progressDisplay(stream, () => now);
    display.update({ phase: 'Reading file', recordsDone: 0 });
    now = 1000;
    display.update({ phase: 'Reading file', recordsDone: 4000 });
    display.update({ phase: 'Checking rows', recordsDone: 9000 });
    now = 7000;
    display.update({ phase: 'Checking rows', recordsDone: 9000 });
    display.clear();
    expect(written).toEqual(['Reading file: 0 rows\n', 'Checking rows: 9,000 rows\n', 'Checking rows: 9,000 rows\n']);
  });
});
