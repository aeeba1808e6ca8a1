import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../electron/core/reconcile/engine/reconcile';
import type { EngineInput } from '../../../../electron/core/reconcile/engine/types';
import { input, invoice, payment, recorded } from './engine-builders';

interface Case {
  name: string;
  data: EngineInput;
  /** Class, money at stake and linked payments of invoice INV-1. */
  expected: { class: string; stake: number; payments: string[]; G?: number };
}

const CASES: Case[] = [
  {
    name: 'matched by gateway metadata and billing reference',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_000, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1'] },
  },
  {
    name: 'matched by billing reference alone (metadata empty), recorded with the charge id',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_000, null)], allocations: [recorded('INV-1', 'ch_pi_1', 10_000)] }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1'] },
  },
  {
    name: 'matched by billing id (InvoiceID) in the metadata',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000, { externalId: 'b1e4-uuid' })], payments: [payment('pi_1', 10_000, 'b1e4-uuid')] }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1'] },
  },
  {
    name: 'unpaid: nothing paid on either side',
    data: input({ invoices: [invoice('INV-1', 10_000, 0)] }),
    expected: { class: 'unpaid', stake: 0, payments: [] },
  },
  {
    name: 'unpaid: a deposit recorded on both sides (partial)',
    data: input({ invoices: [invoice('INV-1', 10_000, 3_000)], payments: [payment('pi_1', 3_000, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 3_000)] }),
    expected: { class: 'unpaid', stake: 0, payments: ['pi_1'] },
  },
  {
    name: 'matched: two instalments (partials) make up the total',
    data: input({
      invoices: [invoice('INV-1', 10_000, 10_000)],
      payments: [payment('pi_1', 4_000, 'INV-1'), payment('pi_2', 6_000, 'INV-1', { createdAt: '2026-10-20T10:00:00.000Z' })],
      allocations: [recorded('INV-1', 'pi_1', 4_000), recorded('INV-1', 'pi_2', 6_000)],
    }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1', 'pi_2'] },
  },
  {
    name: 'unposted_payment: paid at the gateway, billing has nothing',
    data: input({ invoices: [invoice('INV-1', 10_000, 0)], payments: [payment('pi_1', 10_000, 'INV-1')] }),
    expected: { class: 'unposted_payment', stake: 10_000, payments: ['pi_1'] },
  },
  {
    name: 'unposted_payment: the second instalment never reached billing',
    data: input({
      invoices: [invoice('INV-1', 10_000, 4_000)],
      payments: [payment('pi_1', 4_000, 'INV-1'), payment('pi_2', 6_000, 'INV-1')],
      allocations: [recorded('INV-1', 'pi_1', 4_000)],
    }),
    expected: { class: 'unposted_payment', stake: 6_000, payments: ['pi_1', 'pi_2'] },
  },
  {
    name: 'duplicate_payment: charged twice, billing recorded one',
    data: input({
      invoices: [invoice('INV-1', 10_000, 10_000)],
      payments: [payment('pi_1', 10_000, 'INV-1'), payment('pi_2', 10_000, 'INV-1', { createdAt: '2026-10-06T10:05:00.000Z' })],
      allocations: [recorded('INV-1', 'pi_1', 10_000)],
    }),
    expected: { class: 'duplicate_payment', stake: 10_000, payments: ['pi_1', 'pi_2'] },
  },
  {
    name: 'matched: the duplicate was refunded in full (net of refunds)',
    data: input({
      invoices: [invoice('INV-1', 10_000, 10_000)],
      payments: [payment('pi_1', 10_000, 'INV-1'), payment('pi_2', 10_000, 'INV-1', { refundedMinor: 10_000 })],
      allocations: [recorded('INV-1', 'pi_1', 10_000)],
    }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1', 'pi_2'] },
  },
  {
    name: 'refund_not_reflected: fully refunded, billing still shows it paid',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_000, 'INV-1', { refundedMinor: 10_000 })], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'refund_not_reflected', stake: 10_000, payments: ['pi_1'], G: 0 },
  },
  {
    name: 'refund_not_reflected: partly refunded',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_000, 'INV-1', { refundedMinor: 2_500 })], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'refund_not_reflected', stake: 2_500, payments: ['pi_1'], G: 7_500 },
  },
  {
    name: 'missing_payment: billing recorded a declined payment',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_000, 'INV-1', { succeeded: false })], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'missing_payment', stake: 10_000, payments: [] },
  },
  {
    name: 'missing_payment: billing recorded a reference the gateway never saw',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], allocations: [recorded('INV-1', 'pi_typo', 10_000)] }),
    expected: { class: 'missing_payment', stake: 10_000, payments: [] },
  },
  {
    name: 'amount_mismatch: over-payment (shipping added at checkout)',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 10_750, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'amount_mismatch', stake: 750, payments: ['pi_1'] },
  },
  {
    name: 'amount_mismatch: under-payment (coupon at checkout)',
    data: input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 9_000, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    expected: { class: 'amount_mismatch', stake: 1_000, payments: ['pi_1'] },
  },
  {
    name: 'currency_mismatch wins over every other class',
    data: input({
      invoices: [invoice('INV-1', 10_000, 10_000, { currency: 'EUR' })],
      payments: [payment('pi_1', 10_900, 'INV-1', { currency: 'USD' })],
      allocations: [recorded('INV-1', 'pi_1', 10_000)],
    }),
    expected: { class: 'currency_mismatch', stake: 10_000, payments: ['pi_1'], G: 0 },
  },
  {
    name: 'credit note lowers what is owed: T = Total − AmountCredited',
    data: input({ invoices: [invoice('INV-1', 10_000, 9_000, { creditedMinor: 1_000 })], payments: [payment('pi_1', 9_000, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 9_000)] }),
    expected: { class: 'matched', stake: 0, payments: ['pi_1'] },
  },
  {
    name: 'zero-decimal currency (JPY)',
    data: input({ invoices: [invoice('INV-1', 12_000, 0, { currency: 'JPY' })], payments: [payment('pi_1', 12_000, 'INV-1', { currency: 'JPY' })] }),
    expected: { class: 'unposted_payment', stake: 12_000, payments: ['pi_1'] },
  },
  {
    name: 'three-decimal currency (KWD): one fils of difference is a mismatch',
    data: input({ invoices: [invoice('INV-1', 12_345, 12_345, { currency: 'KWD' })], payments: [payment('pi_1', 12_344, 'INV-1', { currency: 'KWD' })], allocations: [recorded('INV-1', 'pi_1', 12_345)] }),
    expected: { class: 'amount_mismatch', stake: 1, payments: ['pi_1'] },
  },
  {
    name: 'a declined payment counts for nothing',
    data: input({ invoices: [invoice('INV-1', 10_000, 0)], payments: [payment('pi_1', 10_000, 'INV-1', { succeeded: false })] }),
    expected: { class: 'unpaid', stake: 0, payments: [] },
  },
  {
    name: 'a voided invoice that was paid at the gateway asks for nothing: the money is a mismatch',
    data: input({ invoices: [invoice('INV-1', 10_000, 0, { status: 'VOIDED' })], payments: [payment('pi_1', 10_000, 'INV-1')] }),
    expected: { class: 'amount_mismatch', stake: 10_000, payments: ['pi_1'] },
  },
];

describe('the matching engine classifies an invoice', () => {
  it.each(CASES)('$name', ({ data, expected }) => {
    const result = reconcile(data);
    const outcome = result.invoices.find((candidate) => candidate.invoiceNumber === 'INV-1');
    expect(outcome).toMatchObject({ class: expected.class, amountAtStakeMinor: expected.stake, paymentIds: expected.payments });
    if (expected.G !== undefined) expect(outcome?.gatewayMinor).toBe(expected.G);
    expect(result.orphans).toEqual([]);
  });

  it('covers every class of DESIGN.md (orphan_payment below)', () => {
    const classes = new Set(CASES.map((testCase) => testCase.expected.class));
    expect([...classes].sort()).toEqual(
      ['amount_mismatch', 'currency_mismatch', 'duplicate_payment', 'matched', 'missing_payment', 'refund_not_reflected', 'unpaid', 'unposted_payment'].sort(),
    );
  });
});

describe('precedence', () => {
  it('duplicate_payment needs one payment that covers the invoice alone; two halves over T are an over-payment', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 10_000, 10_000)],
        payments: [payment('pi_1', 6_000, 'INV-1'), payment('pi_2', 6_000, 'INV-1')],
        allocations: [recorded('INV-1', 'pi_1', 6_000), recorded('INV-1', 'pi_2', 4_000)],
      }),
    );
    expect(result.invoices[0]).toMatchObject({ class: 'amount_mismatch', amountAtStakeMinor: 2_000 });
  });

  it('unposted_payment comes before missing_payment and amount_mismatch when billing shows less than owed', () => {
    const result = reconcile(
      input({ invoices: [invoice('INV-1', 10_000, 2_000)], payments: [payment('pi_1', 5_000, 'INV-1')], allocations: [recorded('INV-1', 'pi_1', 2_000)] }),
    );
    expect(result.invoices[0]).toMatchObject({ class: 'unposted_payment', amountAtStakeMinor: 3_000 });
  });

  it('a refund on a payment that never matched billing is an amount mismatch, not an unreflected refund', () => {
    const result = reconcile(
      input({ invoices: [invoice('INV-1', 10_000, 10_000)], payments: [payment('pi_1', 9_000, 'INV-1', { refundedMinor: 1_000 })], allocations: [recorded('INV-1', 'pi_1', 10_000)] }),
    );
    expect(result.invoices[0]).toMatchObject({ class: 'amount_mismatch', gatewayMinor: 8_000, amountAtStakeMinor: 2_000 });
  });
});

describe('splits: one payment across several invoices', () => {
  it('follows what billing recorded against each invoice', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 3_000, 3_000), invoice('INV-2', 7_000, 7_000)],
        payments: [payment('pi_1', 10_000, 'INV-1,INV-2')],
        allocations: [recorded('INV-1', 'pi_1', 3_000), recorded('INV-2', 'pi_1', 7_000)],
      }),
    );
    expect(result.invoices.map((outcome) => [outcome.invoiceNumber, outcome.class, outcome.gatewayMinor])).toEqual([
      ['INV-1', 'matched', 3_000],
      ['INV-2', 'matched', 7_000],
    ]);
  });

  it('shares a reference list by what each invoice asks for when billing has recorded nothing', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 3_000, 0, { date: '2026-10-01' }), invoice('INV-2', 7_000, 0, { date: '2026-10-02' })],
        payments: [payment('pi_1', 10_000, 'INV-2; INV-1')],
      }),
    );
    expect(result.invoices.map((outcome) => [outcome.invoiceNumber, outcome.class, outcome.amountAtStakeMinor])).toEqual([
      ['INV-1', 'unposted_payment', 3_000],
      ['INV-2', 'unposted_payment', 7_000],
    ]);
  });

  it('puts what is left of a split payment on the last invoice, and takes refunds off it first', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 3_000, 3_000, { date: '2026-10-01' }), invoice('INV-2', 7_000, 7_000, { date: '2026-10-02' })],
        payments: [payment('pi_1', 10_500, 'INV-1,INV-2', { refundedMinor: 500 })],
        allocations: [recorded('INV-1', 'pi_1', 3_000), recorded('INV-2', 'pi_1', 7_000)],
      }),
    );
    expect(result.invoices.map((outcome) => outcome.class)).toEqual(['matched', 'matched']);
    expect(result.links.map((link) => link.allocatedMinor)).toEqual([3_000, 7_000]);
  });
});

describe('orphan payments', () => {
  it('is a succeeded payment linked to no invoice, at stake net of refunds', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 10_000, 0)],
        payments: [payment('pi_phone', 5_000, null, { refundedMinor: 1_000 }), payment('pi_nowhere', 2_000, 'INV-404'), payment('pi_failed', 2_000, null, { succeeded: false })],
      }),
    );
    expect(result.orphans.map(({ paymentId, currency, netMinor, amountAtStakeMinor }) => ({ paymentId, currency, netMinor, amountAtStakeMinor }))).toEqual([
      { paymentId: 'pi_phone', currency: 'USD', netMinor: 4_000, amountAtStakeMinor: 4_000 },
      { paymentId: 'pi_nowhere', currency: 'USD', netMinor: 2_000, amountAtStakeMinor: 2_000 },
    ]);
  });
});

describe("people's decisions", () => {
  const base = input({
    invoices: [invoice('INV-1', 10_000, 0)],
    payments: [payment('pi_1', 10_000, 'INV-1'), payment('pi_2', 10_000, null, { createdAt: '2026-10-07T09:00:00.000Z' })],
  });

  it('a manual match links what no reference links', () => {
    const result = reconcile({ ...base, decisions: { manualLinks: [{ invoiceNumber: 'INV-1', paymentId: 'pi_2' }], removedLinks: [{ invoiceNumber: 'INV-1', paymentId: 'pi_1' }], rejectedSuggestions: [] } });
    expect(result.invoices[0]).toMatchObject({ class: 'unposted_payment', paymentIds: ['pi_2'] });
    expect(result.orphans.map((orphan) => orphan.paymentId)).toEqual(['pi_1']);
    expect(result.links).toEqual([{ invoiceNumber: 'INV-1', paymentId: 'pi_2', origin: 'manual', allocatedMinor: 10_000 }]);
  });

  it('an unmatch keeps an automatic link apart', () => {
    const result = reconcile({ ...base, decisions: { manualLinks: [], removedLinks: [{ invoiceNumber: 'INV-1', paymentId: 'pi_1' }], rejectedSuggestions: [] } });
    expect(result.invoices[0]).toMatchObject({ class: 'unpaid', paymentIds: [] });
    expect(result.orphans.map((orphan) => orphan.paymentId)).toEqual(['pi_1', 'pi_2']);
  });
});

describe('suggestions', () => {
  it('pairs an orphan payment with an invoice of the same customer, currency and amount, scored with its reasons', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 10_000, 0, { date: '2026-10-01' }), invoice('INV-2', 10_000, 0, { date: '2026-10-01', customerEmail: 'someone@else.com' })],
        payments: [payment('pi_1', 10_000, null, { customerEmail: 'ADA@example.com', createdAt: '2026-10-04T09:00:00.000Z' })],
      }),
    );
    expect(result.invoices.map((outcome) => outcome.class)).toEqual(['unpaid', 'unpaid']);
    expect(result.orphans.map((orphan) => orphan.paymentId)).toEqual(['pi_1']);
    expect(result.suggestions).toEqual([
      {
        invoiceNumber: 'INV-1',
        paymentId: 'pi_1',
        score: 40 + 20 + 29 + 10,
        reasons: ['same customer (ADA@example.com)', 'same amount and currency: 100.00 USD', 'the amount is the invoice total', 'paid 3 days after the invoice date', 'the only invoice that fits'],
      },
    ]);
  });

  it('never links a suggestion by itself, offers what is still due, and forgets a rejected pair', () => {
    const data = input({
      invoices: [invoice('INV-1', 10_000, 4_000)],
      payments: [payment('pi_deposit', 4_000, 'INV-1'), payment('pi_1', 6_000, null)],
      allocations: [recorded('INV-1', 'pi_deposit', 4_000)],
    });
    const offered = reconcile(data);
    expect(offered.links.map((link) => link.paymentId)).toEqual(['pi_deposit']);
    expect(offered.suggestions.map((suggestion) => [suggestion.invoiceNumber, suggestion.reasons[2]])).toEqual([['INV-1', 'the amount is what is still due']]);
    const rejected = reconcile({ ...data, decisions: { manualLinks: [], removedLinks: [], rejectedSuggestions: [{ invoiceNumber: 'INV-1', paymentId: 'pi_1' }] } });
    expect(rejected.suggestions).toEqual([]);
  });

  it('offers nothing outside the date window, in another currency, or for another amount', () => {
    const result = reconcile(
      input({
        invoices: [invoice('INV-1', 10_000, 0, { date: '2026-01-01' }), invoice('INV-2', 10_000, 0, { currency: 'EUR' }), invoice('INV-3', 9_999, 0)],
        payments: [payment('pi_1', 10_000, null, { createdAt: '2026-10-06T10:00:00.000Z' })],
      }),
    );
    expect(result.suggestions).toEqual([]);
  });
});
