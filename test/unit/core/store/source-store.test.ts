import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/open-database';
import { sql } from '../../../../electron/core/db/sql';
import type { PaymentRecord } from '../../../../electron/core/store/records';
import { changedTables, SourceStore } from '../../../../electron/core/store/source-store';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

function payment(overrides: Partial<PaymentRecord> = {}): PaymentRecord {
  return {
    id: 'pi_1',
    chargeId: 'ch_1',
    source: 'import:test',
    status: 'succeeded',
    amountMinor: 1230,
    currency: 'USD',
    customerId: null,
    customerEmail: 'ann@example.com',
    invoiceReference: 'INV-1',
    cardBrand: 'visa',
    cardLast4: '4242',
    createdAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    raw: { note: 'paid with 4242 4242 4242 4242', cvc: '123' },
    ...overrides,
  };
}

function open() {
  const opened = openDatabase(join(tempDir(), 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error('expected a ready database');
  return opened.db;
}

describe('SourceStore', () => {
  it('adds new records, then counts a repeat as unchanged and a changed one as updated', () => {
    const db = open();
    const store = new SourceStore(db);
    expect(store.write({ payments: [payment()] }).payments).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(store.write({ payments: [payment()] }).payments).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const outcome = store.write({ payments: [payment({ status: 'canceled' })] });
    expect(outcome.payments).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(changedTables(outcome)).toEqual(['payments']);
    expect(db.all(sql`SELECT id, status, amount_minor FROM payments`)).toEqual([{ id: 'pi_1', status: 'canceled', amount_minor: 1230 }]);
    db.close();
  });

  it('stores raw payloads redacted: no card number, no CVC', () => {
    const db = open();
    new SourceStore(db).write({ payments: [payment()] });
    const row = db.get<{ raw_json: string }>(sql`SELECT raw_json FROM payments WHERE id = 'pi_1'`);
    expect(row?.raw_json).toBe('{"note":"paid with ••••4242"}');
    db.close();
  });

  it('counts every record of a large batch, whole multi-row statements and the rest alike', () => {
    const db = open();
    const store = new SourceStore(db);
    const first = Array.from({ length: 250 }, (_, index) => payment({ id: `pi_${index}`, chargeId: `ch_${index}`, amountMinor: index }));
    expect(store.write({ payments: first }).payments).toEqual({ added: 250, updated: 0, unchanged: 0 });
    // Again, with every tenth amount changed and 50 new payments among them.
    const again = [
      ...first.map((record, index) => (index % 10 === 0 ? { ...record, amountMinor: record.amountMinor + 1 } : record)),
      ...Array.from({ length: 50 }, (_, index) => payment({ id: `pi_new_${index}`, chargeId: `ch_new_${index}` })),
    ];
    expect(store.write({ payments: again }).payments).toEqual({ added: 50, updated: 25, unchanged: 225 });
    expect(db.get(sql`SELECT count(*) AS n, sum(amount_minor) AS total FROM payments WHERE id NOT LIKE 'pi_new_%'`)).toEqual({ n: 250, total: (249 * 250) / 2 + 25 });
    db.close();
  });

  it('treats the same key twice in one batch as a record and its update', () => {
    const db = open();
    const store = new SourceStore(db);
    const outcome = store.write({ payments: [payment(), payment({ status: 'canceled' }), payment({ status: 'canceled' })] });
    expect(outcome.payments).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(db.all(sql`SELECT id, status FROM payments`)).toEqual([{ id: 'pi_1', status: 'canceled' }]);
    db.close();
  });

  it('fails loudly on a constraint other than the natural key, and a transaction keeps nothing of the batch', () => {
    const db = open();
    const store = new SourceStore(db);
    const clash = (): unknown =>
      db.transaction(() => store.write({ payments: [payment({ id: 'pi_a' }), payment({ id: 'pi_b' })] }));
    expect(clash).toThrow(/UNIQUE constraint failed: payments.charge_id/);
    expect(db.all(sql`SELECT id FROM payments`)).toEqual([]);
    db.close();
  });
});
