import type { Candidate, Decision, ItemDetail, ReconItem, Suggestion } from '../../../../../shared/contract/reconcile';

/** Why nothing may change on this item, or null when it may. */
export function readOnlyReason(item: Pick<ReconItem, 'sealed'>): string | null {
  return item.sealed ? 'This item belongs to a closed period: it is read-only.' : null;
}

/** The best-scored suggestion: what c and x act on. */
export function topSuggestion(suggestions: readonly Suggestion[]): Suggestion | undefined {
  return suggestions.reduce<Suggestion | undefined>((best, next) => (best === undefined || next.score > best.score ? next : best), undefined);
}

export function suggestionDecision(item: ReconItem, suggestion: Suggestion, kind: 'confirm' | 'reject'): Decision {
  return { kind, key: item.key, invoiceNumber: suggestion.invoiceNumber, paymentId: suggestion.paymentId };
}

/** The pair a manual match makes: the item's own side with the picked record of the other side. */
export function matchDecision(item: ReconItem, candidate: Candidate): Decision | null {
  if (candidate.entity === 'payment' && item.invoiceNumber !== null) {
    return { kind: 'match', key: item.key, invoiceNumber: item.invoiceNumber, paymentId: candidate.id };
  }
  if (candidate.entity === 'invoice' && item.paymentId !== null) {
    return { kind: 'match', key: item.key, invoiceNumber: candidate.id, paymentId: item.paymentId };
  }
  return null;
}

export interface LinkedPair {
  invoiceNumber: string;
  paymentId: string;
}

/** The links a person may take apart: the invoice with each payment tied to it. */
export function unmatchablePairs(detail: Pick<ItemDetail, 'item' | 'payments'>): LinkedPair[] {
  const invoiceNumber = detail.item.invoiceNumber;
  if (invoiceNumber === null) return [];
  return detail.payments.filter((payment) => payment.link !== null).map((payment) => ({ invoiceNumber, paymentId: payment.id }));
}
