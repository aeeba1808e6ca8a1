import { describe, expect, it } from 'vitest';
import { CheckoutRange } from '../../../shared/contract/checkouts';

describe('the range the funnel and per-day counts take', () => {
  it('accepts a day, a month, two years', () => {
    expect(CheckoutRange.safeParse({ from: '2026-10-30', to: '2026-10-30' }).success).toBe(true);
    expect(CheckoutRange.safeParse({ from: '2026-10-01', to: '2026-10-31' }).success).toBe(true);
    expect(CheckoutRange.safeParse({ from: '2024-11-01', to: '2026-10-31' }).success).toBe(true);
  });

  it('refuses a reversed range and one so long that counting its days would stall the console', () => {
    const reversed = CheckoutRange.safeParse({ from: '2026-10-31', to: '2026-10-01' });
    expect(reversed.error?.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'the first day must be on or before the last' })]);
    const endless = CheckoutRange.safeParse({ from: '0001-01-01', to: '9999-12-31' });
    expect(endless.error?.issues).toEqual([expect.objectContaining({ path: ['to'], message: 'at most 731 days' })]);
  });
});
