import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKOUT_STAGES, RECONCILIATION_CLASSES, generateDataset } from '../../../electron/sandbox';
import type { ReconciliationClass, SandboxDataset } from '../../../electron/sandbox';
import { classifyReference } from './reference-classifier';

let dataset: SandboxDataset;
let generationMs: number;

beforeAll(() => {
  const started = performance.now();
  dataset = generateDataset(42);
  generationMs = performance.now() - started;
});

function share(count: number, total: number): number {
  return count / total;
}

describe('generateDataset determinism', () => {
  it('gives byte-identical data for the same seed and different data for another', () => {
    const again = generateDataset(42);
    expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    const other = generateDataset(43);
    expect(other.billing.invoices[0]?.invoiceId).not.toBe(dataset.billing.invoices[0]?.invoiceId);
    expect(JSON.stringify(other.truth)).not.toBe(JSON.stringify(dataset.truth));
  });

  it('places the window before the anchor it is given', () => {
    const anchorSeconds = Date.parse(dataset.anchor) / 1000;
    expect(dataset.anchor).toBe('2026-11-01T00:00:00.000Z');
    const { gateway, billing } = dataset;
    const times = [
      ...gateway.paymentIntents.map((pi) => pi.created),
      ...gateway.charges.map((charge) => charge.created),
      ...gateway.refunds.map((refund) => refund.created),
      ...gateway.checkoutSessions.map((session) => session.created),
      ...gateway.events.map((event) => event.created),
      ...billing.invoices.map((invoice) => Math.floor(invoice.updatedAt / 1000)),
    ];
    expect(Math.max(...times)).toBeLessThan(anchorSeconds);
    expect(Math.min(...gateway.paymentIntents.map((pi) => pi.created))).toBeGreaterThan(anchorSeconds - 93 * 86_400);
    const shifted = generateDataset(42, '2026-01-01T00:00:00Z');
    expect(Math.max(...shifted.gateway.charges.map((charge) => charge.created))).toBeLessThan(Date.parse('2026-01-01T00:00:00Z') / 1000);
  });

  it('is fast enough to build on every sandbox start', () => {
    // "Well under a second" on a quiet machine; the bound leaves room for a loaded CI box while
    // still catching an accidental quadratic step.
    expect(generationMs).toBeLessThan(4_000);
  });
});

describe('dataset volume and money', () => {
  it('has a few thousand customers and about three months of orders', () => {
    expect(dataset.customers).toHaveLength(3_000);
    expect(dataset.billing.contacts).toHaveLength(3_000);
    expect(dataset.billing.invoices.length).toBeGreaterThan(10_000);
    expect(dataset.billing.invoices.length).toBeLessThan(12_500);
    expect(new Set(dataset.billing.invoices.map((invoice) => invoice.invoiceNumber)).size).toBe(dataset.billing.invoices.length);
    expect(dataset.billing.invoices[122]?.invoiceNumber).toBe('INV-000123');
  });

  it('uses USD, EUR, GBP, zero-decimal JPY and three-decimal KWD', () => {
    const currencies = new Set(dataset.billing.invoices.map((invoice) => invoice.currency));
    expect([...currencies].sort()).toEqual(['EUR', 'GBP', 'JPY', 'KWD', 'USD']);
    const jpy = dataset.billing.invoices.filter((invoice) => invoice.currency === 'JPY').map((invoice) => invoice.totalMinor);
    // Yen totals are whole yen in the thousands, not cents.
    expect(Math.min(...jpy)).toBeGreaterThanOrEqual(1_000);
  });

  it('keeps every amount a positive integer of minor units, KWD in multiples of 10 as Stripe requires', () => {
    const { gateway, billing } = dataset;
    const gatewayAmounts = [
      ...gateway.paymentIntents.map((pi) => [pi.currency, pi.amountMinor] as const),
      ...gateway.charges.map((charge) => [charge.currency, charge.amountMinor] as const),
      ...gateway.refunds.map((refund) => [refund.currency, refund.amountMinor] as const),
      ...gateway.checkoutSessions.map((session) => [session.currency, session.amountTotalMinor] as const),
    ];
    const badAmounts = gatewayAmounts.filter(([currency, amount]) => !Number.isSafeInteger(amount) || amount <= 0 || (currency === 'KWD' && amount % 10 !== 0));
    expect(badAmounts).toEqual([]);
    const badInvoices = billing.invoices.filter((invoice) => {
      const paid = invoice.payments.reduce((sum, payment) => sum + payment.amountMinor, 0);
      const credited = invoice.creditNotes.reduce((sum, note) => sum + note.appliedMinor, 0);
      return (
        invoice.subTotalMinor + invoice.totalTaxMinor !== invoice.totalMinor ||
        invoice.lineItems.reduce((sum, line) => sum + line.lineAmountMinor, 0) !== invoice.subTotalMinor ||
        !Number.isSafeInteger(invoice.totalMinor) ||
        paid + credited > invoice.totalMinor
      );
    });
    expect(badInvoices.map((invoice) => invoice.invoiceNumber)).toEqual([]);
  });

  it('never holds a card number, only brand and last four digits', () => {
    // Numbers are blanked: epoch milliseconds are 13-digit runs, and a card number would be text.
    const text = JSON.stringify(dataset, (_key, value: unknown) => (typeof value === 'number' ? 0 : value));
    const luhn = (digits: string): boolean => {
      let sum = 0;
      for (let i = 0; i < digits.length; i += 1) {
        let digit = Number(digits[digits.length - 1 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      return sum % 10 === 0;
    };
    expect((text.match(/\d{13,19}/g) ?? []).filter(luhn)).toEqual([]);
    expect(dataset.gateway.charges.filter((charge) => !/^\d{4}$/.test(charge.card.last4))).toEqual([]);
    const cardFields = new Set(dataset.gateway.charges.map((charge) => Object.keys(charge.card).sort().join(',')));
    expect([...cardFields]).toEqual(['brand,country,expMonth,expYear,fingerprint,funding,last4']);
  });

  it('has payments in several parts and one payment split across invoices', () => {
    expect(dataset.billing.invoices.filter((invoice) => invoice.payments.length > 1).length).toBeGreaterThan(100);
    const splits = dataset.gateway.paymentIntents.filter((pi) => (pi.metadata.invoice_number ?? '').includes(','));
    expect(splits.length).toBeGreaterThan(50);
    const split = splits[0];
    const numbers = split?.metadata.invoice_number?.split(',') ?? [];
    const allocations = dataset.billing.invoices.filter((invoice) => numbers.includes(invoice.invoiceNumber)).flatMap((invoice) => invoice.payments.filter((payment) => payment.reference === split?.id));
    expect(allocations).toHaveLength(2);
    expect(allocations.reduce((sum, payment) => sum + payment.amountMinor, 0)).toBe(split?.amountMinor);
  });

  it('orders events by time and points each at an object that exists', () => {
    const { events, paymentIntents, charges, checkoutSessions } = dataset.gateway;
    const ids = new Set([...paymentIntents, ...charges, ...checkoutSessions].map((item) => item.id));
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(events.filter((event, i) => i > 0 && event.created < (events[i - 1]?.created ?? 0))).toEqual([]);
    expect(events.every((event) => ids.has(event.objectId))).toBe(true);
    expect(new Set(events.map((event) => event.type)).size).toBe(8);
  });
});

describe('ground truth', () => {
  it('labels every invoice and session, and agrees with DESIGN.md rules applied to the raw data', () => {
    const reference = classifyReference(dataset);
    expect(dataset.truth.invoices).toHaveLength(dataset.billing.invoices.length);
    const disagreements = dataset.truth.invoices.filter((truth) => {
      const derived = reference.invoices.get(truth.invoiceNumber);
      return derived?.class !== truth.class || JSON.stringify(derived.paymentIds) !== JSON.stringify([...truth.paymentIds].sort());
    });
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(dataset.truth.orphanPayments.map((orphan) => orphan.paymentId).sort()).toEqual([...reference.orphanPaymentIds].sort());
    expect(dataset.truth.checkouts).toHaveLength(dataset.gateway.checkoutSessions.length);
    expect(dataset.truth.checkouts.filter((truth) => reference.stages.get(truth.sessionId) !== truth.stage)).toEqual([]);
  });

  it('has every reconciliation class in realistic proportions', () => {
    const counts = new Map<ReconciliationClass, number>();
    for (const truth of dataset.truth.invoices) counts.set(truth.class, (counts.get(truth.class) ?? 0) + 1);
    counts.set('orphan_payment', dataset.truth.orphanPayments.length);
    expect([...counts.keys()].sort()).toEqual([...RECONCILIATION_CLASSES].sort());
    const invoices = dataset.truth.invoices.length;
    const of = (cls: ReconciliationClass): number => share(counts.get(cls) ?? 0, invoices);
    expect(of('matched')).toBeGreaterThan(0.75);
    expect(of('matched')).toBeLessThan(0.92);
    for (const common of ['unpaid', 'unposted_payment', 'refund_not_reflected', 'amount_mismatch'] as const) {
      expect(of(common), common).toBeGreaterThan(0.015);
      expect(of(common), common).toBeLessThan(0.07);
    }
    for (const rare of ['duplicate_payment', 'missing_payment', 'currency_mismatch'] as const) {
      expect(of(rare), rare).toBeGreaterThan(0.004);
      expect(of(rare), rare).toBeLessThan(0.025);
    }
    const succeeded = dataset.gateway.paymentIntents.filter((pi) => pi.status === 'succeeded').length;
    expect(share(counts.get('orphan_payment') ?? 0, succeeded)).toBeGreaterThan(0.004);
    expect(share(counts.get('orphan_payment') ?? 0, succeeded)).toBeLessThan(0.03);
  });

  it('has every checkout drop-off stage, most sessions completed', () => {
    const stages = new Map<string, number>();
    for (const truth of dataset.truth.checkouts) stages.set(truth.stage, (stages.get(truth.stage) ?? 0) + 1);
    expect([...stages.keys()].sort()).toEqual([...CHECKOUT_STAGES].sort());
    for (const stage of CHECKOUT_STAGES) expect(stages.get(stage) ?? 0, stage).toBeGreaterThanOrEqual(10);
    expect(share(stages.get('completed') ?? 0, dataset.truth.checkouts.length)).toBeGreaterThan(0.8);
    expect(dataset.truth.checkouts.some((truth) => truth.recovered)).toBe(true);
  });

  it('marks every paid-but-not-committed checkout as an unposted payment of its invoice', () => {
    const classes = new Map(dataset.truth.invoices.map((truth) => [truth.invoiceNumber, truth.class]));
    const paidNotCommitted = dataset.truth.checkouts.filter((truth) => truth.stage === 'paid_not_committed');
    expect(paidNotCommitted.length).toBeGreaterThan(0);
    for (const truth of paidNotCommitted) expect(truth.invoiceNumbers.map((number) => classes.get(number))).toEqual(['unposted_payment']);
  });

  it('records 3-D Secure abandonment as requires_action and declines with last_payment_error', () => {
    const sessions = new Map(dataset.gateway.checkoutSessions.map((session) => [session.id, session]));
    const intents = new Map(dataset.gateway.paymentIntents.map((pi) => [pi.id, pi]));
    const intentOf = (sessionId: string) => intents.get(sessions.get(sessionId)?.paymentIntentId ?? '');
    for (const truth of dataset.truth.checkouts) {
      if (truth.stage === 'three_d_secure') expect(intentOf(truth.sessionId)?.status).toBe('requires_action');
      if (truth.stage === 'declined_then_abandoned') expect(intentOf(truth.sessionId)?.lastPaymentError?.code).toBe('card_declined');
      if (truth.stage === 'card_entry') expect(sessions.get(truth.sessionId)).toMatchObject({ status: 'expired', paymentIntentId: null });
    }
  });
});
