import { describe, expect, it } from 'vitest';
import { sql } from '../../../../electron/core/db/sql';

describe('sql', () => {
  it('binds every interpolation as a parameter', () => {
    const name = "Robert'); DROP TABLE payments;--";
    const query = sql`SELECT * FROM payments WHERE customer_email = ${name} AND amount_minor > ${100}`;
    expect(query.text).toBe('SELECT * FROM payments WHERE customer_email = ? AND amount_minor > ?');
    expect(query.values).toEqual([name, 100]);
  });

  it('inlines nested fragments with their own values in order', () => {
    const filter = sql`currency = ${'USD'}`;
    const query = sql`SELECT id FROM payments WHERE ${filter} AND status = ${'succeeded'}`;
    expect(query.text).toBe('SELECT id FROM payments WHERE currency = ? AND status = ?');
    expect(query.values).toEqual(['USD', 'succeeded']);
  });
});
