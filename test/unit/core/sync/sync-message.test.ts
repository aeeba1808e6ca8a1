import { describe, expect, it } from 'vitest';
import { describeCounts, joinNames } from '../../../../electron/core/sync/sync-message';
import type { SyncedTable, TableCounts } from '../../../../electron/core/sync/sync-tally';

function tables(partial: Partial<Record<SyncedTable, Partial<TableCounts>>>): Record<SyncedTable, TableCounts> {
  const empty = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  return {
    payments: { ...empty, ...partial.payments },
    refunds: { ...empty, ...partial.refunds },
    checkouts: { ...empty, ...partial.checkouts },
    invoices: { ...empty, ...partial.invoices },
    invoice_payments: { ...empty, ...partial.invoice_payments },
  };
}

describe('the sync summary line', () => {
  it('counts what was read and says what changed, in words a finance user reads', () => {
    expect(describeCounts(tables({ payments: { added: 11_270 }, invoices: { added: 11_000, unchanged: 80 }, invoice_payments: { updated: 1, removed: 2, unchanged: 5 } }))).toBe(
      '11,270 payments (11,270 added), 11,080 invoices (11,000 added), 6 invoice payments (1 updated, 2 removed)',
    );
    expect(describeCounts(tables({ refunds: { unchanged: 1 } }))).toBe('1 refund (no changes)');
    expect(describeCounts(tables({}))).toBe('nothing new');
  });

  it('joins connector names', () => {
    expect(joinNames(['Gateway'])).toBe('Gateway');
    expect(joinNames(['Gateway', 'Billing'])).toBe('Gateway and Billing');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
