import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../electron/core/db/sql';
import { createImportService } from '../../../electron/core/import/import-service';
import { ImportProblemsError } from '../../../electron/core/import/problems';
import { FileChangedError } from '../../../electron/core/import/row-converter';
import { JobCancelledError } from '../../../electron/core/jobs/job-context';
import { UploadStore } from '../../../electron/core/uploads/upload-store';
import { useTempDirs } from '../../helpers/temp-dir';
import { jobContext, openTestDb, rowCounts, SAMPLES, STRIPE, STRIPE_HEADER, stripeCharge, writeFile, XERO } from '../../unit/core/import/import-test-kit';

const tempDir = useTempDirs();

function bigReport(rows: number, bad?: { at: number; gross: string }): string {
  const lines = [STRIPE_HEADER];
  for (let index = 1; index <= rows; index += 1) {
    const currency = ['usd', 'eur', 'jpy', 'kwd'][index % 4] ?? 'usd';
    const gross = currency === 'jpy' ? String(index) : currency === 'kwd' ? `${index}.125` : `${index}.05`;
    lines.push(stripeCharge(index, { currency, gross: bad?.at === index ? bad.gross : gross }));
  }
  return `${lines.join('\n')}\n`;
}

describe('importing into a database file', () => {
  it('imports both samples, and a second import of the same files adds nothing', async () => {
    const db = openTestDb(tempDir());
    const service = createImportService({ db });
    const stripe = { kind: 'path', path: join(SAMPLES, 'stripe-balance-report.csv') } as const;
    const xero = { kind: 'path', path: join(SAMPLES, 'xero-invoices.csv') } as const;

    const first = await service.run(stripe, STRIPE, jobContext());
    expect(first.message).toBe('Imported stripe-balance-report.csv: 20 payments added; 2 refunds added; 6 other rows skipped (payout, dispute, fee)');
    expect(first.tables).toEqual(['payments', 'refunds', 'audit_log']);
    expect(first.summary).toMatchObject({ file: 'stripe-balance-report.csv', rows: 28, skipped: { fee: 2, payout: 3, dispute: 1 } });
    expect((await service.run(xero, XERO, jobContext())).message).toBe('Imported xero-invoices.csv: 18 invoices added');
    const before = rowCounts(db);
    expect(before).toEqual({ payments: 20, refunds: 2, invoices: 18, invoice_payments: 0 });

    const again = await service.run(stripe, STRIPE, jobContext());
    expect(again.summary).toMatchObject({ counts: { payments: { added: 0, updated: 0, unchanged: 20 }, refunds: { added: 0, updated: 0, unchanged: 2 } } });
    // Nothing new, but the import itself is on the record.
    expect(again.tables).toEqual(['audit_log']);
    const xeroAgain = await service.run(xero, XERO, jobContext());
    expect(xeroAgain.summary).toMatchObject({ counts: { invoices: { added: 0, updated: 0, unchanged: 18 } } });
    expect(rowCounts(db)).toEqual(before);
    const kwd = db.get(sql`SELECT amount_minor, currency FROM payments WHERE invoice_reference = 'INV-1005'`);
    expect(kwd).toEqual({ amount_minor: 87_750, currency: 'KWD' });
    db.close();
  });

  it('writes nothing when one row in the middle of a large file is bad, and names it', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const service = createImportService({ db });
    await service.run({ kind: 'path', path: join(SAMPLES, 'stripe-balance-report.csv') }, STRIPE, jobContext());
    const before = rowCounts(db);
    const path = writeFile(dir, 'big.csv', bigReport(40_000, { at: 20_001, gross: '20001.055' }));
    const run = service.run({ kind: 'path', path }, STRIPE, jobContext());
    await expect(run).rejects.toThrow(ImportProblemsError);
    await expect(run).rejects.toThrow('big.csv, row 20002, column gross: EUR allows 2 decimal places (value "20001.055"); nothing was imported');
    expect(rowCounts(db)).toEqual(before);
    db.close();
  });

  it('reports progress by phase and imports a large clean file in one go', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'big.csv', bigReport(12_000));
    const context = jobContext();
    const outcome = await createImportService({ db }).run({ kind: 'path', path }, STRIPE, context);
    expect(outcome.summary).toMatchObject({ counts: { payments: { added: 12_000 } } });
    expect([...new Set(context.updates.map((update) => update.phase))]).toEqual(['Reading file', 'Checking rows', 'Saving']);
    const saving = context.updates.filter((update) => update.phase === 'Saving');
    expect(saving.at(-1)).toEqual({ phase: 'Saving', recordsDone: 12_000, recordsTotal: 12_000 });
    expect(saving.length).toBeGreaterThan(2);
    expect(db.get(sql`SELECT sum(amount_minor) AS total FROM payments WHERE currency = 'JPY'`)).toEqual({ total: 18_000_000 });
    db.close();
  });

  it.each(['Reading file', 'Checking rows', 'Saving'])('writes nothing when cancelled during "%s"', async (phase) => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'big.csv', bigReport(12_000));
    // Cancel on the second update of the phase: part of it done, the rest not.
    let seen = 0;
    const context = jobContext((update, controller) => {
      if (update.phase === phase && (seen += 1) === 2) controller.abort();
      if (phase === 'Checking rows' && update.phase === phase) controller.abort();
    });
    await expect(createImportService({ db }).run({ kind: 'path', path }, STRIPE, context)).rejects.toThrow(JobCancelledError);
    // Some of the phase was done before the cancel (for Saving: batches written, then rolled back).
    expect(context.updates.some((update) => update.phase === phase && update.recordsDone > 0)).toBe(true);
    expect(rowCounts(db)).toEqual({ payments: 0, refunds: 0, invoices: 0, invoice_payments: 0 });
    db.close();
  });

  it('writes nothing when the file changes between checking and saving', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'changing.csv', bigReport(3000));
    const context = jobContext((update) => {
      if (update.phase === 'Checking rows') writeFileSync(path, bigReport(3000, { at: 2999, gross: 'oops' }));
    });
    await expect(createImportService({ db }).run({ kind: 'path', path }, STRIPE, context)).rejects.toThrow(FileChangedError);
    expect(rowCounts(db).payments).toBe(0);
    db.close();
  });

  it('previews without writing: samples, counts, every problem counted and the first thousand listed', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const lines = [STRIPE_HEADER];
    for (let index = 1; index <= 1500; index += 1) lines.push(stripeCharge(index, { gross: index % 2 === 0 ? '1.001' : '1.00' }));
    for (let index = 1501; index <= 1750; index += 1) lines.push(stripeCharge(index, { currency: 'zzz' }));
    const path = writeFile(dir, 'mixed.csv', lines.join('\n'));
    const preview = await createImportService({ db }).preview({ kind: 'path', path }, STRIPE);
    expect(preview).toMatchObject({ fileName: 'mixed.csv', rowCount: 1750, problemCount: 1000, canCommit: false, dateOrders: [] });
    expect(preview.counts).toEqual({ payments: 750, refunds: 0, invoices: 0, invoicePayments: 0 });
    expect(preview.problems).toHaveLength(1000);
    expect(preview.problems[0]).toEqual({ row: 3, column: 'gross', field: 'amount', value: '1.001', message: 'row 3, column gross: USD allows 2 decimal places (value "1.001")' });
    expect(preview.sampleRows).toHaveLength(20);
    expect(preview.sampleRows[0]).toEqual(stripeCharge(1, { gross: '1.00' }).split(','));
    expect(preview.columns[0]).toBe('balance_transaction_id');
    expect(rowCounts(db).payments).toBe(0);
    db.close();
  });

  it('imports a file uploaded to the browser console, and explains an upload that is gone', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const uploads = new UploadStore(join(dir, 'uploads'));
    const stored = await uploads.save(Readable.from([bigReport(5)]), 'october.csv');
    const service = createImportService({ db, uploads });
    const preview = await service.preview({ kind: 'upload', uploadId: stored.uploadId }, STRIPE);
    expect(preview).toMatchObject({ fileName: 'october.csv', rowCount: 5, canCommit: true });
    uploads.remove(stored.uploadId);
    const gone = await service.preview({ kind: 'upload', uploadId: stored.uploadId }, STRIPE);
    expect(gone.problems.map((problem) => problem.message)).toEqual(['the uploaded file is no longer here: upload it again']);
    expect(gone.canCommit).toBe(false);
    db.close();
  });
});
