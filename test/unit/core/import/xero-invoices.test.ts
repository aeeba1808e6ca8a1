import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../../electron/core/import/import-service';
import { useTempDirs } from '../../../helpers/temp-dir';
import { FIXTURES, openTestDb, read, recordsOf, rowCounts, SAMPLES, writeFile, XERO } from './import-test-kit';

const tempDir = useTempDirs();

const HEADER = 'ContactName,EmailAddress,InvoiceNumber,InvoiceDate,DueDate,Total,InvoiceAmountPaid,InvoiceAmountDue,Description,LineAmount,Currency,Type,Status';

function xeroRow(number: string, date: string, due: string, overrides: Partial<Record<'total' | 'paid' | 'due' | 'status' | 'contact' | 'line', string>> = {}): string {
  const { total = '10.00', paid = '0.00', due: amountDue = total, status = 'Awaiting Payment', contact = 'Ann Ltd', line = 'Item' } = overrides;
  return [contact, 'ann@example.com', number, date, due, total, paid, amountDue, line, total, 'USD', 'Sales invoice', status].join(',');
}

describe('the xero-invoices preset', () => {
  it('groups the line rows of each invoice into one invoice with Xero API status words', async () => {
    const db = openTestDb(tempDir());
    const { invoices, reading } = await recordsOf(db, join(FIXTURES, 'xero-small.csv'), XERO);
    expect(invoices.map(({ raw: _raw, ...invoice }) => invoice)).toEqual([
      {
        number: 'INV-1', externalId: null, source: 'import:xero-invoices', status: 'PAID', contactName: 'Ann Ltd', contactEmail: 'ann@example.com',
        currency: 'USD', totalMinor: 1230, amountPaidMinor: 1230, amountDueMinor: 0, amountCreditedMinor: 0,
        issuedOn: '2026-10-01', dueOn: '2026-10-15', updatedAt: '2026-10-01T00:00:00.000Z',
      },
      expect.objectContaining({ number: 'INV-2', status: 'AUTHORISED', currency: 'JPY', totalMinor: 1200, amountDueMinor: 1200, issuedOn: '2026-10-02' }),
      // Paid 3.000 of 5.000 and nothing due: 2.000 KWD was credited.
      expect.objectContaining({ number: 'INV-3', status: 'PAID', currency: 'KWD', totalMinor: 5000, amountPaidMinor: 3000, amountCreditedMinor: 2000 }),
      expect.objectContaining({ number: 'INV-4', status: 'DRAFT', currency: 'EUR' }),
      expect.objectContaining({ number: 'INV-5', status: 'SUBMITTED' }),
      // Voided: nothing owed because it was cancelled, not credited.
      expect.objectContaining({ number: 'INV-6', status: 'VOIDED', amountDueMinor: 0, amountCreditedMinor: 0 }),
    ]);
    // Raw keeps the headers as the file writes them, asterisks included.
    expect(invoices[1]?.raw).toMatchObject({ '*InvoiceNumber': 'INV-2', lines: [{ '*Description': 'Seats', LineAmount: '1000' }, { '*Description': 'Setup', LineAmount: '200' }] });
    expect(reading.converted.skipped).toEqual(new Map([['credit note', 1]]));
    expect(reading.converted.dateOrders).toEqual(['dmy']);
    expect(reading.csv.rowCount).toBe(8);
    db.close();
  });

  it('reads the sample file: a multi-line invoice, several currencies, a credit', async () => {
    const db = openTestDb(tempDir());
    const { invoices } = await recordsOf(db, join(SAMPLES, 'xero-invoices.csv'), XERO);
    expect(invoices).toHaveLength(18);
    expect(invoices.find((invoice) => invoice.number === 'INV-1003')).toMatchObject({ currency: 'EUR', totalMinor: 64_320, raw: expect.objectContaining({ lines: expect.any(Array) }) });
    expect((invoices.find((invoice) => invoice.number === 'INV-1003')?.raw as { lines: unknown[] }).lines).toHaveLength(3);
    expect(invoices.find((invoice) => invoice.number === 'INV-1005')).toMatchObject({ currency: 'KWD', totalMinor: 87_750 });
    expect(invoices.find((invoice) => invoice.number === 'INV-1009')).toMatchObject({ amountCreditedMinor: 20_000 });
    db.close();
  });

  it('asks for the date order when every date fits both day/month and month/day, and blocks the import', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'ambiguous.csv', `${HEADER}\n${xeroRow('INV-1', '01/02/2026', '03/04/2026')}\n${xeroRow('INV-2', '05/06/2026', '07/08/2026')}\n`);
    const service = createImportService({ db });
    const preview = await service.preview({ kind: 'path', path }, XERO);
    expect(preview.dateOrders).toEqual(['dmy', 'mdy']);
    expect(preview.canCommit).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ row: null, column: 'InvoiceDate', message: 'column InvoiceDate: the dates fit both day/month and month/day order: choose one' })]);
    const context = { signal: new AbortController().signal, progress: () => undefined };
    await expect(service.run({ kind: 'path', path }, XERO, context)).rejects.toThrow('choose one');
    expect(rowCounts(db).invoices).toBe(0);

    const { invoices } = await recordsOf(db, path, { ...XERO, dateOrder: 'mdy' });
    expect(invoices.map((invoice) => [invoice.issuedOn, invoice.dueOn])).toEqual([
      ['2026-01-02', '2026-03-04'],
      ['2026-05-06', '2026-07-08'],
    ]);
    const dmy = await recordsOf(db, path, { ...XERO, dateOrder: 'dmy' });
    expect(dmy.invoices[0]?.issuedOn).toBe('2026-02-01');
    expect((await service.preview({ kind: 'path', path }, { ...XERO, dateOrder: 'dmy' })).canCommit).toBe(true);
    db.close();
  });

  it('detects month/day order from a date whose day is over 12', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'mdy.csv', `${HEADER}\n${xeroRow('INV-1', '01/02/2026', '01/31/2026')}\n`);
    const { invoices, reading } = await recordsOf(db, path, XERO);
    expect(reading.converted.dateOrders).toEqual(['mdy']);
    expect(invoices[0]).toMatchObject({ issuedOn: '2026-01-02', dueOn: '2026-01-31' });
    db.close();
  });

  it('refuses an invoice whose lines disagree on an invoice-level column, naming both rows', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'disagree.csv', `${HEADER}\n${xeroRow('INV-1', '13/02/2026', '28/02/2026', { line: 'A' })}\n${xeroRow('INV-2', '13/02/2026', '28/02/2026')}\n${xeroRow('INV-1', '13/02/2026', '28/02/2026', { total: '12.00', due: '10.00', line: 'B' })}\n`);
    const { problems, converted } = await read(db, path, XERO);
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 4, column Total: invoice INV-1 has "10.00" on row 2: every line of an invoice must repeat the same Total (value "12.00")',
    ]);
    expect(converted.counts.invoices).toBe(1);
    db.close();
  });

  it('groups the lines of an invoice that are not next to each other, as a sorted spreadsheet leaves them', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const rows = [
      xeroRow('INV-1', '13/02/2026', '28/02/2026', { total: '30.00', line: 'First' }),
      xeroRow('INV-2', '14/02/2026', '28/02/2026'),
      xeroRow('INV-1', '13/02/2026', '28/02/2026', { total: '30.00', line: 'Second' }),
      xeroRow('INV-3', '15/02/2026', '28/02/2026'),
      xeroRow('INV-1', '13/02/2026', '28/02/2026', { total: '30.00', line: 'Third' }),
    ];
    const path = writeFile(dir, 'scattered.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const { invoices, reading } = await recordsOf(db, path, XERO);
    expect(reading.converted.counts.invoices).toBe(3);
    expect(invoices.map((invoice) => invoice.number).sort()).toEqual(['INV-1', 'INV-2', 'INV-3']);
    const first = invoices.find((invoice) => invoice.number === 'INV-1');
    expect(first).toMatchObject({ totalMinor: 3000, issuedOn: '2026-02-13', raw: { lines: [{ Description: 'First' }, { Description: 'Second' }, { Description: 'Third' }] } });
    db.close();
  });

  it('names every invoice whose date no order reads, at its row, after the problems found before it', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const rows = [
      xeroRow('INV-1', '13/02/2026', '28/02/2026', { status: 'Overdue' }),
      xeroRow('INV-2', '31/02/2026', '28/02/2026'),
      xeroRow('INV-3', '14/02/2026', '28/02/2026'),
      xeroRow('INV-4', '31/02/2026', '30/02/2026'),
    ];
    const path = writeFile(dir, 'dates.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const { problems, converted } = await read(db, path, { ...XERO, dateOrder: 'dmy' });
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 2, column Status: expected Draft, Awaiting Approval, Awaiting Payment, Paid, Voided or Deleted (value "Overdue")',
      'row 3, column InvoiceDate: not a real date in DMY order (value "31/02/2026")',
      'row 5, column InvoiceDate: not a real date in DMY order (value "31/02/2026")',
      'row 5, column DueDate: not a real date in DMY order (value "30/02/2026")',
    ]);
    expect(converted.counts.invoices).toBe(1);
    db.close();
  });

  it('refuses an unknown status and a missing invoice number', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'status.csv', `${HEADER}\n${xeroRow('INV-1', '13/02/2026', '28/02/2026', { status: 'Overdue' })}\n${xeroRow('', '13/02/2026', '28/02/2026')}\n`);
    const { problems } = await read(db, path, XERO);
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 3, column InvoiceNumber: number is missing (value "")',
      'row 2, column Status: expected Draft, Awaiting Approval, Awaiting Payment, Paid, Voided or Deleted (value "Overdue")',
    ]);
    db.close();
  });

  it('lists the missing columns', async () => {
    const dir = tempDir();
    const db = openTestDb(dir);
    const path = writeFile(dir, 'wrong.csv', 'InvoiceNumber,Total\nINV-1,10.00\n');
    const { problems } = await read(db, path, XERO);
    expect(problems.kept.map((problem) => problem.message)).toEqual(['row 1: missing columns: InvoiceDate, InvoiceAmountPaid, InvoiceAmountDue, Currency, Status']);
    db.close();
  });
});
