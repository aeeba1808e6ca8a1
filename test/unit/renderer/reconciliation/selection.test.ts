import { describe, expect, it } from 'vitest';
import {
  isPicked,
  MAX_PICKED,
  NOTHING_SELECTED,
  pickRange,
  selectedCount,
  togglePicked,
} from '../../../../renderer/src/pages/reconciliation/list/selection';

const keyAt = (index: number): string | undefined => (index < 50 ? `invoice:INV-${index}` : undefined);

describe('bulk selection', () => {
  it('picks and unpicks one row', () => {
    const one = togglePicked(NOTHING_SELECTED, 'invoice:INV-3', 3);
    expect(isPicked(one, 'invoice:INV-3')).toBe(true);
    expect(selectedCount(one, 1000)).toBe(1);
    expect(isPicked(togglePicked(one, 'invoice:INV-3', 3), 'invoice:INV-3')).toBe(false);
  });

  it('picks a range from the anchor either way, skipping rows not loaded', () => {
    const anchored = togglePicked(NOTHING_SELECTED, 'invoice:INV-10', 10);
    const down = pickRange(anchored, 13, keyAt);
    expect(selectedCount(down, 1000)).toBe(4);
    const up = pickRange(anchored, 8, keyAt);
    expect([...(up.kind === 'picked' ? up.keys : [])].sort()).toEqual(['invoice:INV-10', 'invoice:INV-8', 'invoice:INV-9']);
    const beyond = pickRange(togglePicked(NOTHING_SELECTED, 'invoice:INV-48', 48), 60, keyAt);
    expect(selectedCount(beyond, 1000)).toBe(2);
  });

  it('counts "all matching this filter" as the whole match', () => {
    expect(selectedCount({ kind: 'filter' }, 123_456)).toBe(123_456);
    expect(isPicked({ kind: 'filter' }, 'payment:pi_1')).toBe(true);
  });

  it('never picks more than one bulk call takes', () => {
    const many = pickRange(togglePicked(NOTHING_SELECTED, 'invoice:0', 0), 20_000, (index) => `invoice:${index}`);
    expect(selectedCount(many, 0)).toBe(MAX_PICKED);
  });
});
