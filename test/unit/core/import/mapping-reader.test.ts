import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../../shared/contract/imports';
import type { Database } from '../../../../electron/core/db/database';
import { MappingsRepo } from '../../../../electron/core/import/mappings-repo';
import { useTempDirs } from '../../../helpers/temp-dir';
import { openTestDb, read, recordsOf, writeFile } from './import-test-kit';

const tempDir = useTempDirs();

const BANK: Mapping = {
  name: 'Bank export',
  target: 'payments',
  delimiter: ';',
  decimalSeparator: ',',
  thousandsSeparator: '.',
  dateOrder: 'dmy',
  defaultCurrency: 'EUR',
  columns: { id: 'Referenz', amount: 'Betrag', date: 'Datum', currency: 'Währung', customer_email: 'E-Mail', invoice_reference: 'Verwendungszweck', status: 'Status' },
};

const LEDGER: Mapping = {
  name: 'Ledger',
  target: 'invoices',
  delimiter: null,
  decimalSeparator: '.',
  thousandsSeparator: ',',
  dateOrder: 'mdy',
  defaultCurrency: null,
  columns: { number: 'Invoice #', total: 'Total', amount_paid: 'Paid', currency: 'Cur', date: 'Issued', due_date: 'Due', contact_name: 'Customer', status: 'State' },
};

function withMapping(mapping: Mapping): { db: Database; dir: string } {
  const dir = tempDir();
  const db = openTestDb(dir);
  new MappingsRepo(db).save(mapping);
  return { db, dir };
}

describe('a user mapping to payments', () => {
  it('reads ";" separated rows with decimal commas, dot thousands and day/month dates', async () => {
    const { db, dir } = withMapping(BANK);
    const path = writeFile(dir, 'bank.csv', [
      'Referenz;Datum;Betrag;Währung;E-Mail;Verwendungszweck;Status',
      'P-1;31.10.2026;1.234,56;;kunde@example.com;INV-7;',
      'P-2;01.11.2026;-12,5;usd;;;succeeded',
      'P-3;2026-11-02T09:30:00+01:00;0,99;;;;Processing',
      'P-4;03.11.2026;1.000.000;JPY;;;',
      '',
    ].join('\r\n'));
    const { payments } = await recordsOf(db, path, { kind: 'mapping', name: 'Bank export' });
    expect(payments.map(({ raw: _raw, ...payment }) => payment)).toEqual([
      {
        id: 'P-1', chargeId: null, source: 'import:mapping:Bank export', status: 'succeeded', amountMinor: 123_456, currency: 'EUR',
        customerId: null, customerEmail: 'kunde@example.com', invoiceReference: 'INV-7', cardBrand: null, cardLast4: null,
        createdAt: '2026-10-31T00:00:00.000Z', updatedAt: '2026-10-31T00:00:00.000Z',
      },
      expect.objectContaining({ id: 'P-2', amountMinor: -1250, currency: 'USD', createdAt: '2026-11-01T00:00:00.000Z' }),
      expect.objectContaining({ id: 'P-3', amountMinor: 99, status: 'processing', createdAt: '2026-11-02T08:30:00.000Z' }),
      expect.objectContaining({ id: 'P-4', amountMinor: 1_000_000, currency: 'JPY' }),
    ]);
    expect(payments[0]?.raw).toEqual({ Referenz: 'P-1', Datum: '31.10.2026', Betrag: '1.234,56', Währung: '', 'E-Mail': 'kunde@example.com', Verwendungszweck: 'INV-7', Status: '' });
    db.close();
  });

  it('names row, column and value for bad grouping, precision, dates, statuses and repeats', async () => {
    const { db, dir } = withMapping(BANK);
    const path = writeFile(dir, 'bad.csv', [
      'Referenz;Datum;Betrag;Währung;E-Mail;Verwendungszweck;Status',
      'P-1;31.10.2026;1.23,4;;;;',
      'P-2;31.10.2026;1,234;;;;',
      'P-3;31.10.2026;5;JPX;;;',
      'P-4;10/31/2026;5;;;;',
      'P-5;2026-10-31T10:00:00;5;;;;',
      'P-6;31.10.2026;5;;;;paid',
      'P-7;01.11.2026;5;;;;',
      'P-7;02.11.2026;6;;;;',
      ';01.11.2026;5;;;;',
    ].join('\n'));
    const { problems, converted } = await read(db, path, { kind: 'mapping', name: 'Bank export' });
    expect(problems.kept.map((problem) => problem.message)).toEqual([
      'row 2, column Betrag: expected a number written with "," for decimals and "." for thousands (value "1.23,4")',
      'row 3, column Betrag: EUR allows 2 decimal places (value "1,234")',
      'row 4, column Währung: not an ISO 4217 currency code (value "JPX")',
      'row 5, column Datum: not a real date in DMY order (value "10/31/2026")',
      'row 6, column Datum: a time needs its offset from UTC, like Z or +01:00 (value "2026-10-31T10:00:00")',
      'row 7, column Status: expected succeeded, processing, requires_payment_method, requires_confirmation, requires_action, requires_capture, canceled, failed, pending (value "paid")',
      'row 9, column Referenz: the same id is already on row 8 (value "P-7")',
      'row 10, column Referenz: id is missing (value "")',
    ]);
    expect(converted.counts.payments).toBe(1);
    db.close();
  });

  it('needs a currency column or a default currency', async () => {
    const { db, dir } = withMapping({ ...BANK, name: 'No currency', defaultCurrency: null, columns: { id: 'Referenz', amount: 'Betrag', date: 'Datum' } });
    const path = writeFile(dir, 'bank.csv', 'Referenz;Datum;Betrag\nP-1;31.10.2026;5\n');
    const { problems } = await read(db, path, { kind: 'mapping', name: 'No currency' });
    expect(problems.kept.map((problem) => problem.message)).toEqual(['the mapping "No currency" does not say which column holds: currency']);
    db.close();
  });

  it('lists the columns the mapping names that the file lacks, and reports a mapping that does not exist', async () => {
    const { db, dir } = withMapping(BANK);
    const path = writeFile(dir, 'bank.csv', 'Referenz;Datum;Summe\nP-1;31.10.2026;5\n');
    const missing = await read(db, path, { kind: 'mapping', name: 'Bank export' });
    expect(missing.problems.kept.map((problem) => problem.message)).toEqual([
      'row 1: missing columns: Betrag, Währung, E-Mail, Verwendungszweck, Status (named by the mapping "Bank export")',
    ]);
    const unknown = await read(db, path, { kind: 'mapping', name: 'Nope' });
    expect(unknown.problems.kept.map((problem) => problem.message)).toEqual(['there is no saved mapping named "Nope"']);
    db.close();
  });
});

describe('a user mapping to invoices', () => {
  it('reads invoices with comma thousands, month/day dates, default paid and status', async () => {
    const { db, dir } = withMapping(LEDGER);
    const path = writeFile(dir, 'ledger.csv', [
      'Invoice #,Customer,Issued,Due,Total,Paid,Cur,State',
      'L-1,Ann,10/31/2026,11/30/2026,"1,200.50",200.50,gbp,Awaiting Payment',
      'L-2,Ben,11/01/2026,,99.999,,kwd,',
    ].join('\n'));
    const { invoices } = await recordsOf(db, path, { kind: 'mapping', name: 'Ledger' });
    expect(invoices.map(({ raw: _raw, ...invoice }) => invoice)).toEqual([
      {
        number: 'L-1', externalId: null, source: 'import:mapping:Ledger', status: 'AUTHORISED', contactName: 'Ann', contactEmail: null,
        currency: 'GBP', totalMinor: 120_050, amountPaidMinor: 20_050, amountDueMinor: 100_000, amountCreditedMinor: 0,
        issuedOn: '2026-10-31', dueOn: '2026-11-30', updatedAt: '2026-10-31T00:00:00.000Z',
      },
      expect.objectContaining({ number: 'L-2', status: 'AUTHORISED', currency: 'KWD', totalMinor: 99_999, amountPaidMinor: 0, amountDueMinor: 99_999, dueOn: null }),
    ]);
    db.close();
  });
});
