import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../../shared/contract/imports';
import { ApiError } from '../../../../shared/contract/errors';
import { sql } from '../../../../electron/core/db/sql';
import { MappingsRepo } from '../../../../electron/core/import/mappings-repo';
import { useTempDirs } from '../../../helpers/temp-dir';
import { openTestDb } from './import-test-kit';

const tempDir = useTempDirs();

const mapping: Mapping = {
  name: 'Bank export',
  target: 'payments',
  delimiter: ';',
  decimalSeparator: ',',
  thousandsSeparator: '.',
  dateOrder: 'dmy',
  defaultCurrency: 'EUR',
  columns: { id: 'Ref', amount: 'Betrag', date: 'Datum' },
};

describe('MappingsRepo', () => {
  it('saves, lists, replaces by name and deletes mappings', () => {
    const db = openTestDb(tempDir());
    let clock = new Date('2026-11-01T10:00:00Z');
    const repo = new MappingsRepo(db, () => clock);
    expect(repo.list()).toEqual([]);
    expect(repo.save(mapping)).toEqual(mapping);
    repo.save({ ...mapping, name: 'Another', target: 'invoices', columns: { number: 'No', total: 'Sum', date: 'Date' } });
    expect(repo.list().map((saved) => saved.name)).toEqual(['Another', 'Bank export']);

    clock = new Date('2026-11-02T10:00:00Z');
    repo.save({ ...mapping, dateOrder: 'mdy' });
    expect(repo.get('Bank export')?.dateOrder).toBe('mdy');
    expect(repo.list()).toHaveLength(2);
    expect(db.get(sql`SELECT created_at, updated_at FROM import_mappings WHERE name = 'Bank export'`)).toEqual({
      created_at: '2026-11-01T10:00:00.000Z',
      updated_at: '2026-11-02T10:00:00.000Z',
    });

    expect(repo.delete('Bank export')).toBe(true);
    expect(repo.delete('Bank export')).toBe(false);
    expect(repo.get('Bank export')).toBeUndefined();
    db.close();
  });

  it('refuses an invalid mapping with a validation error that says what is wrong', () => {
    const db = openTestDb(tempDir());
    const repo = new MappingsRepo(db);
    const same = () => repo.save({ ...mapping, decimalSeparator: '.', thousandsSeparator: '.' });
    expect(same).toThrow(ApiError);
    expect(same).toThrow('thousandsSeparator: the decimal and thousands separators must differ');
    expect(() => repo.save({ ...mapping, defaultCurrency: 'XYZ' })).toThrow('defaultCurrency');
    expect(() => repo.save({ ...mapping, columns: { id: 'Ref', colour: 'Farbe' } })).toThrow(ApiError);
    expect(repo.list()).toEqual([]);
    db.close();
  });
});
