import { describe, expect, it } from 'vitest';
import type { PaymentView, ReconItem } from '../../../../shared/contract/reconcile';
import { candidateQuery, EMPTY_SEARCH } from '../../../../renderer/src/pages/reconciliation/item/candidate-query';
import {
  matchDecision,
  readOnlyReason,
  suggestionDecision,
  topSuggestion,
  unmatchablePairs,
} from '../../../../renderer/src/pages/reconciliation/item/decisions';
import { classRows } from '../../../../renderer/src/pages/reconciliation/totals/totals';

const invoiceItem: ReconItem = {
  key: 'invoice:INV-7',
  class: 'amount_mismatch',
  state: 'open',
  invoiceNumber: 'INV-7',
  paymentId: null,
  invoiceNumbers: ['INV-7'],
  paymentIds: ['pi_a', 'pi_b'],
  currency: 'EUR',
  amountAtStakeMinor: 500,
  totalMinor: 10_000,
  billingMinor: 10_000,
  gatewayMinor: 9_500,
  differenceMinor: -500,
  customer: 'Ada <ada@example.com>',
  itemDate: '2026-09-01',
  period: '2026-09',
  ageDays: 12,
  suggestionScore: null,
  note: null,
  resolutionReason: null,
  sealed: false,
};
const orphanItem: ReconItem = { ...invoiceItem, key: 'payment:pi_z', class: 'orphan_payment', invoiceNumber: null, paymentId: 'pi_z' };

const payment = (id: string, linked: boolean): PaymentView => ({
  id,
  chargeId: null,
  status: 'succeeded',
  currency: 'EUR',
  amountMinor: 5_000,
  refundedMinor: 0,
  customerEmail: null,
  invoiceReference: null,
  cardBrand: null,
  cardLast4: null,
  createdAt: '2026-09-01T10:00:00.000Z',
  link: linked ? { origin: 'reference', allocatedMinor: 5_000 } : null,
});

describe('decisions from the workbench', () => {
  it('acts on the best-scored suggestion', () => {
    const suggestions = [
      { invoiceNumber: 'INV-1', paymentId: 'pi_z', score: 60, reasons: [] },
      { invoiceNumber: 'INV-2', paymentId: 'pi_z', score: 85, reasons: [] },
      { invoiceNumber: 'INV-3', paymentId: 'pi_z', score: 85, reasons: [] },
    ];
    const top = topSuggestion(suggestions);
    expect(top?.invoiceNumber).toBe('INV-2');
    expect(topSuggestion([])).toBeUndefined();
    if (top === undefined) return;
    expect(suggestionDecision(orphanItem, top, 'reject')).toEqual({ kind: 'reject', key: 'payment:pi_z', invoiceNumber: 'INV-2', paymentId: 'pi_z' });
  });

  it('matches the item with a candidate of the other side only', () => {
    const paymentCandidate = { entity: 'payment' as const, id: 'pi_c', currency: 'EUR', amountMinor: 500, date: '2026-09-02', customer: null, reference: null };
    const invoiceCandidate = { ...paymentCandidate, entity: 'invoice' as const, id: 'INV-9' };
    expect(matchDecision(invoiceItem, paymentCandidate)).toEqual({ kind: 'match', key: 'invoice:INV-7', invoiceNumber: 'INV-7', paymentId: 'pi_c' });
    expect(matchDecision(orphanItem, invoiceCandidate)).toEqual({ kind: 'match', key: 'payment:pi_z', invoiceNumber: 'INV-9', paymentId: 'pi_z' });
    expect(matchDecision(invoiceItem, invoiceCandidate)).toBeNull();
  });

  it('offers to unmatch only the payments linked to the invoice', () => {
    const detail = { item: invoiceItem, payments: [payment('pi_a', true), payment('pi_x', false), payment('pi_b', true)] };
    expect(unmatchablePairs(detail)).toEqual([
      { invoiceNumber: 'INV-7', paymentId: 'pi_a' },
      { invoiceNumber: 'INV-7', paymentId: 'pi_b' },
    ]);
    expect(unmatchablePairs({ item: orphanItem, payments: [payment('pi_z', false)] })).toEqual([]);
  });

  it('keeps sealed items read-only, saying why', () => {
    expect(readOnlyReason(invoiceItem)).toBeNull();
    expect(readOnlyReason({ sealed: true })).toMatch(/closed period/);
  });
});

describe('manual-match search', () => {
  it('sends only what was typed, amounts cleaned', () => {
    expect(candidateQuery('invoice:INV-7', EMPTY_SEARCH)).toEqual({ ok: true, query: { key: 'invoice:INV-7' } });
    expect(candidateQuery('invoice:INV-7', { ...EMPTY_SEARCH, amount: '1,250.50', customer: ' ada ' })).toEqual({
      ok: true,
      query: { key: 'invoice:INV-7', amount: '1250.50', customer: 'ada' },
    });
  });

  it('says what does not parse', () => {
    expect(candidateQuery('invoice:INV-7', { ...EMPTY_SEARCH, amount: 'lots' }).ok).toBe(false);
    const reversed = candidateQuery('invoice:INV-7', { ...EMPTY_SEARCH, dateFrom: '2026-09-10', dateTo: '2026-09-01' });
    expect(reversed).toEqual({ ok: false, problem: 'The "From" date is after the "To" date.' });
  });
});

describe('totals by class and currency', () => {
  it('lays classes out in their order, one column per currency, adding up within a currency only', () => {
    const grid = classRows([
      { class: 'orphan_payment', currency: 'USD', count: 2, amountAtStakeMinor: 1_000 },
      { class: 'currency_mismatch', currency: 'JPY', count: 1, amountAtStakeMinor: 5_000 },
      { class: 'currency_mismatch', currency: 'USD', count: 3, amountAtStakeMinor: 250 },
    ]);
    expect(grid.rows.map((row) => [row.cls, row.count])).toEqual([
      ['currency_mismatch', 4],
      ['orphan_payment', 2],
    ]);
    expect(grid.currencies).toEqual(['JPY', 'USD']);
    expect(grid.rows[1]?.byCurrency.get('JPY')).toBeUndefined();
    expect([...grid.perCurrency]).toEqual([
      ['JPY', 5_000],
      ['USD', 1_250],
    ]);
  });
});
