import { describe, expect, it } from 'vitest';
import { ageBucketOf, classLabel, EXCEPTION_CLASSES } from '../../../../renderer/src/pages/reconciliation/class-text';
import { moveCursor, nextOpenIndex } from '../../../../renderer/src/pages/reconciliation/list/cursor';
import { pageInput, pagesFor } from '../../../../renderer/src/pages/reconciliation/list/item-pages';
import { signedMoneyText } from '../../../../renderer/src/pages/reconciliation/money-text';

describe('age buckets', () => {
  it('puts each age in the bucket the filter uses', () => {
    expect([0, 1, 2, 7, 8, 30, 31, 400].map(ageBucketOf)).toEqual(['0-1', '0-1', '2-7', '2-7', '8-30', '8-30', '31+', '31+']);
  });
});

describe('class labels', () => {
  it('offers the seven exception classes, each with its own label', () => {
    expect(EXCEPTION_CLASSES).not.toContain('matched');
    expect(EXCEPTION_CLASSES).not.toContain('unpaid');
    expect(new Set(EXCEPTION_CLASSES.map(classLabel)).size).toBe(7);
  });
});

describe('list paging', () => {
  it('always holds the first page and the pages the rows touch', () => {
    expect(pagesFor([], 200)).toEqual([0]);
    expect(pagesFor([950, 1010, 399], 200)).toEqual([0, 1, 4, 5]);
    expect(pagesFor([-1], 200)).toEqual([0]);
    expect(pageInput({}, 'amount_desc', 3, 200)).toEqual({ filter: {}, sort: 'amount_desc', offset: 600, limit: 200 });
  });
});

describe('keyboard cursor', () => {
  it('stays inside the list', () => {
    expect(moveCursor(0, -1, 10)).toBe(0);
    expect(moveCursor(9, 1, 10)).toBe(9);
    expect(moveCursor(4, 1, 10)).toBe(5);
    expect(moveCursor(0, 1, 0)).toBe(-1);
  });

  it('moves on to the next open item after a decision', () => {
    // The decided row left the list: the next one took its place.
    const shrunk = [{ key: 'b', state: 'open' as const }, { key: 'c', state: 'open' as const }];
    expect(nextOpenIndex((index) => shrunk[index], 0, 'a', 2)).toBe(0);
    // Resolved items shown: skip the decided row and the ones already settled.
    const kept = [
      { key: 'a', state: 'resolved' as const },
      { key: 'b', state: 'accepted' as const },
      { key: 'c', state: 'open' as const },
    ];
    expect(nextOpenIndex((index) => kept[index], 0, 'a', 3)).toBe(2);
    // The last row decided and gone: the cursor stays on the new last row.
    expect(nextOpenIndex((index) => shrunk[index], 2, 'z', 2)).toBe(1);
    expect(nextOpenIndex(() => undefined, 0, 'a', 0)).toBe(-1);
  });
});

describe('differences', () => {
  it('spell out their sign', () => {
    expect(signedMoneyText(1200, 'USD', 'en-US')).toBe('+$12.00');
    // Intl puts a no-break space after a currency code.
    expect(signedMoneyText(-1250, 'KWD', 'en-US')).toMatch(/^−KWD\s1\.250$/);
    expect(signedMoneyText(0, 'JPY', 'en-US')).toBe('¥0');
  });
});
