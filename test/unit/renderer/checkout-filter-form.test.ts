import { describe, expect, it } from 'vitest';
import { checkoutFilterToForm, checkoutFormToFilter, EMPTY_CHECKOUT_FORM, initialCheckoutFilter } from '../../../renderer/src/pages/checkouts/checkout-filter-form';
import { checkoutsHref, checkoutsLinkFromHash } from '../../../renderer/src/pages/checkouts/checkouts-link';

describe('the Checkouts filter form', () => {
  it('turns what was typed into a filter, leaving out what was left empty', () => {
    expect(checkoutFormToFilter(EMPTY_CHECKOUT_FORM)).toEqual({ ok: true, filter: {} });
    expect(
      checkoutFormToFilter({ from: '2026-10-01', to: '2026-10-31', stages: ['three_d_secure', 'card_entry'], currency: ' eur ', search: ' ada ', recovered: 'exclude' }),
    ).toEqual({ ok: true, filter: { from: '2026-10-01', to: '2026-10-31', stages: ['card_entry', 'three_d_secure'], currency: 'EUR', search: 'ada', recovered: 'exclude' } });
  });

  it('treats every stage ticked as no stage filter', () => {
    const all = checkoutFormToFilter({ ...EMPTY_CHECKOUT_FORM, stages: ['card_entry', 'three_d_secure', 'declined_then_abandoned', 'paid_not_committed'] });
    expect(all).toEqual({ ok: true, filter: {} });
  });

  it('says which field is wrong and why', () => {
    expect(checkoutFormToFilter({ ...EMPTY_CHECKOUT_FORM, from: '1 Oct', currency: 'euro' })).toEqual({
      ok: false,
      problems: { from: 'A day, YYYY-MM-DD', currency: 'Three letters, such as EUR' },
    });
    expect(checkoutFormToFilter({ ...EMPTY_CHECKOUT_FORM, from: '2026-10-31', to: '2026-10-01' })).toEqual({ ok: false, problems: { to: 'On or after the first day' } });
    expect(checkoutFormToFilter({ ...EMPTY_CHECKOUT_FORM, from: '2020-01-01', to: '2026-10-01' })).toEqual({ ok: false, problems: { to: 'At most two years after the first day' } });
  });

  it('round-trips a filter through the form', () => {
    const filter = { from: '2026-10-01', stages: ['paid_not_committed' as const], recovered: 'only' as const };
    expect(checkoutFormToFilter(checkoutFilterToForm(filter))).toEqual({ ok: true, filter });
  });
});

describe('links into the Checkouts page', () => {
  it('carries a stage and days, and reads back only what is well formed', () => {
    const href = checkoutsHref({ stage: 'three_d_secure', from: '2026-10-30', to: '2026-10-30' });
    expect(href).toBe('#/checkouts?stage=three_d_secure&from=2026-10-30&to=2026-10-30');
    expect(checkoutsLinkFromHash(href)).toEqual({ stage: 'three_d_secure', from: '2026-10-30', to: '2026-10-30' });
    expect(checkoutsLinkFromHash('#/checkouts?stage=lost&from=yesterday')).toEqual({});
    expect(checkoutsHref()).toBe('#/checkouts');
  });

  it('opens on the last 30 days up to the newest data unless the link names days', () => {
    expect(initialCheckoutFilter({}, '2026-10-31')).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(initialCheckoutFilter({ stage: 'card_entry', from: '2026-10-05', to: '2026-10-05' }, '2026-10-31')).toEqual({ stages: ['card_entry'], from: '2026-10-05', to: '2026-10-05' });
    expect(initialCheckoutFilter({}, null)).toEqual({});
  });
});
