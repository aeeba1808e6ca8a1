import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  EMPTY_FORM,
  filterToForm,
  formToFilter,
  isFilterEmpty,
  toggleChoice,
  toggleClassFocus,
} from '../../../../renderer/src/pages/reconciliation/filters/filter-form';
import { EXCEPTION_CLASSES } from '../../../../renderer/src/pages/reconciliation/class-text';

describe('filter form', () => {
  it('sends nothing for an empty form, so the Node side defaults apply', () => {
    expect(formToFilter(EMPTY_FORM)).toEqual({ ok: true, filter: {} });
  });

  it('converts every field, trimming text and upper-casing the currency', () => {
    const outcome = formToFilter({
      classes: ['amount_mismatch', 'orphan_payment'],
      states: ['open', 'resolved'],
      period: ' 2025-03 ',
      currency: 'eur',
      minAmount: '1,250.00',
      maxAmount: '2000',
      customer: '  acme ',
      ageBucket: '8-30',
      reference: 'INV-12',
    });
    expect(outcome).toEqual({
      ok: true,
      filter: {
        classes: ['amount_mismatch', 'orphan_payment'],
        states: ['open', 'resolved'],
        period: '2025-03',
        currency: 'EUR',
        minAmount: '1250.00',
        maxAmount: '2000',
        customer: 'acme',
        ageBucket: '8-30',
        reference: 'INV-12',
      },
    });
  });

  it('names each field that is wrong', () => {
    const outcome = formToFilter({ ...EMPTY_FORM, period: '2025-13', currency: 'EURO', minAmount: '12.3456', maxAmount: 'ten' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(Object.keys(outcome.problems).sort()).toEqual(['currency', 'maxAmount', 'minAmount', 'period']);
  });

  it('refuses a range whose largest amount is below its smallest, compared exactly', () => {
    const reversed = formToFilter({ ...EMPTY_FORM, minAmount: '100.01', maxAmount: '100.001' });
    expect(reversed).toEqual({ ok: false, problems: { maxAmount: 'The largest amount is below the smallest.' } });
    expect(formToFilter({ ...EMPTY_FORM, minAmount: '100', maxAmount: '100.000' }).ok).toBe(true);
  });

  it('compares decimals without floats', () => {
    expect(compareDecimal('0.3', '0.300')).toBe(0);
    expect(compareDecimal('999999999999999.999', '999999999999999.998')).toBe(1);
    expect(compareDecimal('2', '10')).toBe(-1);
  });

  it('round-trips a filter through the form', () => {
    const filter = { classes: ['duplicate_payment' as const], period: '2025-01', currency: 'JPY', minAmount: '5', ageBucket: '31+' as const };
    expect(formToFilter(filterToForm(filter))).toEqual({ ok: true, filter });
    expect(filterToForm({})).toEqual(EMPTY_FORM);
  });

  it('knows an empty filter from a narrowing one', () => {
    expect(isFilterEmpty({})).toBe(true);
    expect(isFilterEmpty({ classes: [] })).toBe(true);
    expect(isFilterEmpty({ currency: 'USD' })).toBe(false);
  });

  it('focuses on one class and back, keeping the rest of the filter', () => {
    const focused = toggleClassFocus({ currency: 'USD' }, 'amount_mismatch');
    expect(focused).toEqual({ currency: 'USD', classes: ['amount_mismatch'] });
    expect(toggleClassFocus(focused, 'amount_mismatch')).toEqual({ currency: 'USD' });
    expect(toggleClassFocus(focused, 'orphan_payment')).toEqual({ currency: 'USD', classes: ['orphan_payment'] });
  });

  it('keeps multiple choices in the order they are offered', () => {
    const chosen = toggleChoice(['orphan_payment'], 'currency_mismatch', EXCEPTION_CLASSES);
    expect(chosen).toEqual(['currency_mismatch', 'orphan_payment']);
    expect(toggleChoice(chosen, 'orphan_payment', EXCEPTION_CLASSES)).toEqual(['currency_mismatch']);
  });
});
