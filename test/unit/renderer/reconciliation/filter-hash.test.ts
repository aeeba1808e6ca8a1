import { describe, expect, it } from 'vitest';
import { filterFromHash, reconciliationHref } from '../../../../renderer/src/pages/reconciliation/filters/filter-hash';
import { pageFromHash } from '../../../../renderer/src/routing/pages';

describe('a link to the Reconciliation page', () => {
  it('opens the list narrowed to one class', () => {
    const href = reconciliationHref({ class: 'unposted_payment' });
    expect(href).toBe('#/reconciliation?class=unposted_payment');
    expect(pageFromHash(href)).toBe('reconciliation');
    expect(filterFromHash(href)).toEqual({ classes: ['unposted_payment'] });
  });

  it('carries a period too', () => {
    expect(filterFromHash(reconciliationHref({ class: 'orphan_payment', period: '2026-10' }))).toEqual({
      classes: ['orphan_payment'],
      period: '2026-10',
    });
  });

  it('leaves out an unknown class or a malformed period rather than guess', () => {
    expect(filterFromHash('#/reconciliation?class=lost_money&period=2026-13')).toEqual({});
    expect(filterFromHash('#/reconciliation?period=Oct')).toEqual({});
  });

  it('carries nothing when nothing is given', () => {
    expect(reconciliationHref()).toBe('#/reconciliation');
    expect(filterFromHash('#/reconciliation')).toEqual({});
    expect(filterFromHash('')).toEqual({});
  });
});
