import { describe, expect, it } from 'vitest';
import { importMessage, type ImportSummary } from '../../../../electron/core/import/import-outcome';

const none = { added: 0, updated: 0, unchanged: 0 };

function summary(overrides: Partial<ImportSummary['counts']>, skipped: Record<string, number> = {}): ImportSummary {
  return { file: 'payments.csv', rows: 0, skipped, counts: { payments: none, refunds: none, invoices: none, invoicePayments: none, ...overrides } };
}

describe('importMessage', () => {
  it('says what was added, updated and unchanged per kind, with grouped numbers', () => {
    expect(importMessage(summary({ payments: { added: 1204, updated: 3, unchanged: 12 }, refunds: { added: 40, updated: 0, unchanged: 0 } }))).toBe(
      'Imported payments.csv: 1,204 payments added, 3 updated, 12 unchanged; 40 refunds added',
    );
  });

  it('uses the singular for one, mentions skipped rows, and says when there was nothing', () => {
    expect(importMessage(summary({ invoices: { added: 1, updated: 0, unchanged: 0 } }, { fee: 2, payout: 1 }))).toBe(
      'Imported payments.csv: 1 invoice added; 3 other rows skipped (fee, payout)',
    );
    expect(importMessage(summary({}))).toBe('Imported payments.csv: nothing to import');
  });
});
