import type { ReconciliationClass } from '../../../../shared/domain/reconciliation-class';
import type { EngineResult } from '../engine/types';

/** One reconciliation item as a run computes it, before people's state is merged in. */
export interface ItemDraft {
  key: string;
  class: ReconciliationClass;
  invoiceNumber: string | null;
  paymentId: string | null;
  invoiceNumbers: readonly string[];
  paymentIds: readonly string[];
  currency: string;
  amountAtStakeMinor: number;
  totalMinor: number | null;
  billingMinor: number;
  gatewayMinor: number;
  customer: string | null;
  itemDate: string;
  suggestionScore: number | null;
  /** The evaluation in one comparable line: when it changes, a resolved item reopens. */
  fingerprint: string;
}

export function invoiceKey(number: string): string {
  return `invoice:${number}`;
}

export function paymentKey(id: string): string {
  return `payment:${id}`;
}

/**
 * Turns an engine result into items: one per invoice it classified, one per orphan payment.
 * Lazily, so a million of them are written as they are made instead of held all at once.
 */
export function* itemDrafts(result: EngineResult): Generator<ItemDraft> {
  const bestScore = new Map<string, number>();
  for (const suggestion of result.suggestions) {
    for (const key of [invoiceKey(suggestion.invoiceNumber), paymentKey(suggestion.paymentId)]) {
      bestScore.set(key, Math.max(bestScore.get(key) ?? 0, suggestion.score));
    }
  }

  for (const outcome of result.invoices) {
    const { invoice } = outcome;
    const key = invoiceKey(outcome.invoiceNumber);
    yield {
      key,
      class: outcome.class,
      invoiceNumber: outcome.invoiceNumber,
      paymentId: null,
      invoiceNumbers: [outcome.invoiceNumber],
      paymentIds: outcome.paymentIds,
      currency: outcome.currency,
      amountAtStakeMinor: outcome.amountAtStakeMinor,
      totalMinor: outcome.totalMinor,
      billingMinor: outcome.billingMinor,
      gatewayMinor: outcome.gatewayMinor,
      customer: customerOf(invoice.customerName, invoice.customerEmail),
      itemDate: invoice.date,
      suggestionScore: bestScore.get(key) ?? null,
      fingerprint: fingerprintOf(outcome.class, outcome.currency, outcome.amountAtStakeMinor, outcome.totalMinor, outcome.billingMinor, outcome.gatewayMinor, outcome.paymentIds),
    };
  }
  for (const orphan of result.orphans) {
    const key = paymentKey(orphan.paymentId);
    yield {
      key,
      class: 'orphan_payment',
      invoiceNumber: null,
      paymentId: orphan.paymentId,
      invoiceNumbers: [],
      paymentIds: [orphan.paymentId],
      currency: orphan.currency,
      amountAtStakeMinor: orphan.amountAtStakeMinor,
      totalMinor: null,
      billingMinor: 0,
      gatewayMinor: orphan.netMinor,
      customer: customerOf(null, orphan.payment.customerEmail),
      itemDate: orphan.payment.createdAt.slice(0, 10),
      suggestionScore: bestScore.get(key) ?? null,
      fingerprint: fingerprintOf('orphan_payment', orphan.currency, orphan.amountAtStakeMinor, null, 0, orphan.netMinor, [orphan.paymentId]),
    };
  }
}

function customerOf(name: string | null, email: string | null): string | null {
  if (name && email) return `${name} <${email}>`;
  return name ?? email;
}

/** class|currency|at stake|T|B|G|payments — readable, so a reopen note can say what changed. */
export function fingerprintOf(
  cls: string,
  currency: string,
  stake: number,
  total: number | null,
  billing: number,
  gateway: number,
  paymentIds: readonly string[],
): string {
  return `${cls}|${currency}|${stake}|${total ?? ''}|${billing}|${gateway}|${paymentIds.join(',')}`;
}
