import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../shared/contract/reconcile';
import {
  bridgeStateText,
  currenciesNeedingNotes,
  itemCountOf,
  missingNotes,
  notesToSend,
  periodLabel,
} from '../../../../renderer/src/pages/reconciliation/month-end/month-end-text';
import { exportStatusText } from '../../../../renderer/src/lib/export-status';

const bridge: Bridge = {
  period: '2024-03',
  state: 'open',
  closedAt: null,
  closedBy: null,
  closable: true,
  blockers: [],
  currencies: [
    { currency: 'EUR', gatewayTotalMinor: 100, billingTotalMinor: 100, lines: [], residualMinor: 0, residualNote: null, closable: true },
    { currency: 'USD', gatewayTotalMinor: 2_100, billingTotalMinor: 100, lines: [], residualMinor: 2_000, residualNote: null, closable: true },
  ],
};

describe('month-end text', () => {
  it('names periods as people say them', () => {
    expect(periodLabel('2024-03', 'en-GB')).toBe('March 2024');
    expect(periodLabel('2024-12', 'en-US')).toBe('December 2024');
    expect(periodLabel('nonsense', 'en-GB')).toBe('nonsense');
  });

  it('says where a period stands, and what a closed one means', () => {
    expect(bridgeStateText(bridge, 'en-GB')).toBe('Open, ready to close.');
    expect(bridgeStateText({ ...bridge, closable: false }, 'en-GB')).toBe('Open. It cannot be closed yet:');
    expect(bridgeStateText({ ...bridge, currencies: [] }, 'en-GB')).toBe('Nothing was paid or invoiced in this period.');
    const closed: Bridge = { ...bridge, state: 'closed', closedAt: '2024-04-03T09:30:00.000Z', closedBy: 'alice', closable: false };
    expect(bridgeStateText(closed, 'en-GB')).toBe(
      'Closed on 3 Apr 2024, 09:30 UTC by alice. Sealed: its items are read-only and this bridge no longer changes.',
    );
  });

  it('asks for a note only where the residual is not zero, and sends them trimmed', () => {
    expect(currenciesNeedingNotes(bridge).map((currency) => currency.currency)).toEqual(['USD']);
    expect(missingNotes(bridge, {})).toEqual(['USD']);
    expect(missingNotes(bridge, { USD: ' ab ' })).toEqual(['USD']);
    expect(missingNotes(bridge, { USD: 'timing' })).toEqual([]);
    expect(notesToSend(bridge, { EUR: 'not needed', USD: '  February invoices paid in March ' })).toEqual({
      USD: 'February invoices paid in March',
    });
  });

  it('counts the items of the chosen period', () => {
    expect(itemCountOf([{ period: '2024-03', items: 7 }], '2024-03')).toBe(7);
    expect(itemCountOf([], '2024-03')).toBe(0);
  });
});

describe('export status text', () => {
  const file = { exportId: 'exp_12345678', fileName: 'paydesk-exceptions-2024-03.xlsx', rows: 1_234, bytes: 1 };

  it('says what is happening and how many items went out', () => {
    const items = ['item', 'items'] as const;
    expect(exportStatusText({ kind: 'idle' }, items)).toBe('');
    expect(exportStatusText({ kind: 'working', label: 'Excel' }, items)).toBe('Exporting Excel…');
    expect(exportStatusText({ kind: 'done', file, outcome: { kind: 'downloading' } }, items)).toMatch(
      /^Downloading paydesk-exceptions-2024-03\.xlsx \(1.234 items\)\.$/,
    );
    expect(exportStatusText({ kind: 'done', file, outcome: { kind: 'saved', path: '/home/me/x.xlsx' } }, items)).toMatch(
      /^Saved paydesk-exceptions-2024-03\.xlsx \(1.234 items\) to \/home\/me\/x\.xlsx\.$/,
    );
    // A bridge's row count means nothing to its reader: no count is said.
    expect(exportStatusText({ kind: 'done', file, outcome: { kind: 'downloading' } })).toBe('Downloading paydesk-exceptions-2024-03.xlsx.');
    expect(exportStatusText({ kind: 'done', file, outcome: { kind: 'cancelled' } })).toBe(
      'paydesk-exceptions-2024-03.xlsx was not saved.',
    );
  });
});
