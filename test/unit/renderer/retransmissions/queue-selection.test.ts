import { describe, expect, it } from 'vitest';
import {
  isPicked,
  NOTHING_PICKED,
  pageState,
  selectedCount,
  toOutboxSelection,
  togglePage,
  togglePicked,
} from '../../../../renderer/src/pages/retransmissions/queue-selection';

describe('picking postings for a bulk action', () => {
  it('picks and unpicks one row', () => {
    const one = togglePicked(NOTHING_PICKED, 7);
    expect(isPicked(one, 7)).toBe(true);
    expect(selectedCount(one, 100)).toBe(1);
    expect(isPicked(togglePicked(one, 7), 7)).toBe(false);
  });

  it('picks the whole page from its header box, and unpicks it when all were picked', () => {
    const page = [1, 2, 3];
    const some = togglePicked(NOTHING_PICKED, 2);
    expect(pageState(some, page)).toBe('some');
    const all = togglePage(some, page);
    expect(pageState(all, page)).toBe('all');
    expect(pageState(togglePage(all, page), page)).toBe('none');
  });

  it('keeps rows picked on other pages when a page is picked', () => {
    const elsewhere = togglePicked(NOTHING_PICKED, 99);
    expect(selectedCount(togglePage(elsewhere, [1, 2]), 0)).toBe(3);
  });

  it('sends picked ids, or the filter itself for "all matching"', () => {
    expect(toOutboxSelection(NOTHING_PICKED, {})).toBeNull();
    expect(toOutboxSelection(togglePicked(NOTHING_PICKED, 4), {})).toEqual({ by: 'ids', ids: [4] });
    expect(toOutboxSelection({ kind: 'filter' }, { states: ['failed'] })).toEqual({ by: 'filter', filter: { states: ['failed'] } });
    expect(selectedCount({ kind: 'filter' }, 1234)).toBe(1234);
  });
});
