import { minorToDecimal } from '../../../../shared/money';
import type { EngineInvoice, EnginePayment, EngineSuggestion, LinkPair } from './types';

/** An invoice a payment could belong to: one still owed something, or paid in billing with nothing behind it. */
export interface SuggestionTarget {
  readonly invoice: EngineInvoice;
  /** T − B: what is still due, or T for an invoice billing shows as paid with no gateway money. */
  readonly wantedMinor: number;
  readonly owedMinor: number;
}

/** Payment dates from a week before the invoice to three months after it. */
const EARLIEST_DAYS = -7;
const LATEST_DAYS = 90;
const MAX_PER_PAYMENT = 3;
const DAY_MS = 86_400_000;

/**
 * Suggestions for payments that link to nothing: same customer, same currency and amount, paid
 * within the date window. Scored 0–100 with the reasons; a person confirms or rejects each.
 */
export function suggest(
  orphans: readonly EnginePayment[],
  targets: readonly SuggestionTarget[],
  rejected: readonly LinkPair[],
): EngineSuggestion[] {
  // Keyed by customer, currency and amount together: each payment looks at only what could fit.
  const byAmount = new Map<string, SuggestionTarget[]>();
  for (const target of targets) {
    const email = target.invoice.customerEmail?.toLowerCase();
    if (!email) continue;
    const key = fitKey(email, target.invoice.currency, target.wantedMinor);
    const list = byAmount.get(key);
    if (list) list.push(target);
    else byAmount.set(key, [target]);
  }
  const refused = new Set(rejected.map((pair) => pairKey(pair.invoiceNumber, pair.paymentId)));

  const suggestions: EngineSuggestion[] = [];
  for (const payment of orphans) {
    const net = payment.amountMinor - payment.refundedMinor;
    const email = payment.customerEmail?.toLowerCase();
    if (net <= 0 || !email) continue;
    const fits = (byAmount.get(fitKey(email, payment.currency, net)) ?? []).filter(
      (target) => inWindow(daysBetween(target.invoice.date, payment.createdAt)) && !refused.has(pairKey(target.invoice.number, payment.id)),
    );
    const scored = fits.map((target) => score(payment, target, fits.length === 1));
    scored.sort((a, b) => b.score - a.score || a.invoiceNumber.localeCompare(b.invoiceNumber));
    suggestions.push(...scored.slice(0, MAX_PER_PAYMENT));
  }
  return suggestions;
}

function score(payment: EnginePayment, target: SuggestionTarget, only: boolean): EngineSuggestion {
  const net = payment.amountMinor - payment.refundedMinor;
  const days = daysBetween(target.invoice.date, payment.createdAt);
  const reasons = [`same customer (${payment.customerEmail ?? ''})`, `same amount and currency: ${minorToDecimal(net, payment.currency)} ${payment.currency}`];
  let points = 40;
  if (net === target.owedMinor) {
    points += 20;
    reasons.push('the amount is the invoice total');
  } else {
    points += 10;
    reasons.push('the amount is what is still due');
  }
  points += Math.max(0, Math.round(30 - Math.abs(days) / 3));
  reasons.push(days >= 0 ? `paid ${days} day${days === 1 ? '' : 's'} after the invoice date` : `paid ${-days} days before the invoice date`);
  if (only) {
    points += 10;
    reasons.push('the only invoice that fits');
  }
  return { invoiceNumber: target.invoice.number, paymentId: payment.id, score: Math.min(100, points), reasons };
}

function inWindow(days: number): boolean {
  return days >= EARLIEST_DAYS && days <= LATEST_DAYS;
}

/** Whole days from an invoice date to a payment instant (negative when paid before). */
function daysBetween(invoiceDate: string, paidAt: string): number {
  return Math.floor((Date.parse(paidAt.slice(0, 10)) - Date.parse(invoiceDate.slice(0, 10))) / DAY_MS);
}

function fitKey(email: string, currency: string, amountMinor: number): string {
  return `${email}\u0000${currency}\u0000${amountMinor}`;
}

export function pairKey(invoiceNumber: string, paymentId: string): string {
  return `${invoiceNumber}\u0000${paymentId}`;
}
