import { describe, expect, it } from 'vitest';
import { assembleBridge } from '../../../../../electron/core/reconcile/month-end/assemble-bridge';
import type { LineSum } from '../../../../../electron/core/reconcile/month-end/bridge-sums';
import { periodRange } from '../../../../../electron/core/reconcile/month-end/period-range';

function line(currency: string, cls: LineSum['class'], amountMinor: number, count = 1, openCount = 0): LineSum {
  return { currency, class: cls, amountMinor, count, openCount };
}

describe('assembleBridge', () => {
  it('adds the two sources of a currency_mismatch line and orders lines by class precedence', () => {
    const bridge = assembleBridge('2024-05', {
      gateway: new Map([['JPY', 12_000]]),
      billing: new Map([['JPY', 10_000]]),
      lines: [line('JPY', 'orphan_payment', 500), line('JPY', 'currency_mismatch', -800, 1, 1), line('JPY', 'currency_mismatch', 1_300, 2, 0)],
    });
    expect(bridge.currencies).toEqual([
      {
        currency: 'JPY',
        gatewayTotalMinor: 12_000,
        billingTotalMinor: 10_000,
        lines: [
          { class: 'currency_mismatch', count: 3, amountMinor: 500, explained: false },
          { class: 'orphan_payment', count: 1, amountMinor: 500, explained: true },
        ],
        residualMinor: 1_000,
        closable: false,
        residualNote: null,
      },
    ]);
    expect(bridge.blockers).toEqual(['JPY: residual 1000 and 1 currency_mismatch item still open']);
  });

  it('leaves out zero lines of matched and unpaid items but shows them if they ever are not zero', () => {
    const zero = assembleBridge('2024-05', {
      gateway: new Map([['KWD', 1_500]]),
      billing: new Map([['KWD', 1_500]]),
      lines: [line('KWD', 'matched', 0, 4, 4), line('KWD', 'unpaid', 0, 2, 2)],
    });
    expect(zero.currencies[0]?.lines).toEqual([]);
    expect(zero.closable).toBe(true);

    const odd = assembleBridge('2024-05', {
      gateway: new Map([['KWD', 1_500]]),
      billing: new Map([['KWD', 1_000]]),
      lines: [line('KWD', 'matched', 5, 1, 1)],
    });
    expect(odd.currencies[0]?.lines).toEqual([{ class: 'matched', count: 1, amountMinor: 5, explained: false }]);
    expect(odd.blockers).toEqual(['KWD: residual 0.495 and 1 matched item still open']);
  });

  it('lists every currency that appears on either side, and an empty period is closable', () => {
    const bridge = assembleBridge('2024-05', {
      gateway: new Map([['USD', 100]]),
      billing: new Map([['GBP', 100]]),
      lines: [line('EUR', 'amount_mismatch', 0, 1, 0)],
    });
    expect(bridge.currencies.map((currency) => [currency.currency, currency.residualMinor])).toEqual([
      ['EUR', 0],
      ['GBP', -100],
      ['USD', 100],
    ]);
    // Residuals with nothing open are closable: the closing note explains them.
    expect(bridge.closable).toBe(true);
    expect(assembleBridge('2024-05', { gateway: new Map(), billing: new Map(), lines: [] })).toMatchObject({ currencies: [], closable: true, blockers: [] });
  });

  it('names several open classes in one sentence per currency', () => {
    const bridge = assembleBridge('2024-05', {
      gateway: new Map([['EUR', 0]]),
      billing: new Map([['EUR', 1_200]]),
      lines: [line('EUR', 'missing_payment', -200, 2, 2), line('EUR', 'amount_mismatch', -300, 3, 1), line('EUR', 'orphan_payment', 0, 1, 1)],
    });
    expect(bridge.blockers).toEqual(['EUR: residual -7.00 and 2 missing_payment items, 1 amount_mismatch item and 1 orphan_payment item still open']);
  });
});

describe('periodRange', () => {
  it('is the month as a half-open range of dates, rolling over the year', () => {
    expect(periodRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-03-01' });
    expect(periodRange('2024-12')).toEqual({ start: '2024-12-01', end: '2025-01-01' });
    expect(periodRange('0999-12')).toEqual({ start: '0999-12-01', end: '1000-01-01' });
  });
});
