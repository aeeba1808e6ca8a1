import type { InvoiceReconciliationClass } from '../../../../shared/domain/reconciliation-class';
import type { Edge } from './link-graph';

export interface InvoiceFigures {
  /** T */
  readonly owed: number;
  /** B */
  readonly billed: number;
  /** G: net of refunds */
  readonly gateway: number;
  /** G before refunds */
  readonly gatewayGross: number;
  readonly refunded: boolean;
  /** Linked succeeded payments in the invoice's currency, with their net shares. */
  readonly shares: readonly number[];
  readonly foreignCurrency: boolean;
}

/** Reads the figures DESIGN.md's rules need off an invoice's links. */
export function figuresOf(owed: number, billed: number, currency: string, edges: readonly Edge[]): InvoiceFigures {
  let gateway = 0;
  let gatewayGross = 0;
  let refunded = false;
  let foreignCurrency = false;
  const shares: number[] = [];
  for (const edge of edges) {
    if (!edge.payment.succeeded) continue;
    if (edge.payment.currency !== currency) {
      foreignCurrency = true;
      continue;
    }
    gateway += edge.netMinor;
    gatewayGross += edge.grossMinor;
    if (edge.payment.refundedMinor > 0) refunded = true;
    shares.push(edge.netMinor);
  }
  return { owed, billed, gateway, gatewayGross, refunded, shares, foreignCurrency };
}

/** DESIGN.md's classes, checked in its order: the first that holds wins. */
export function classify(f: InvoiceFigures): InvoiceReconciliationClass {
  const { owed: T, billed: B, gateway: G } = f;
  if (f.foreignCurrency) return 'currency_mismatch';
  if (G === B && B === T) return 'matched';
  if (G === B && B < T) return 'unpaid';
  if (G > B && B < T) return 'unposted_payment';
  if (B === T && G > T && f.shares.length > 1 && f.shares.some((share) => share >= T)) return 'duplicate_payment';
  if (G < B && f.refunded && f.gatewayGross === B) return 'refund_not_reflected';
  if (B > 0 && G === 0) return 'missing_payment';
  // Any other G ≠ B; and G = B > T, which both sides agree on but the invoice does not.
  return 'amount_mismatch';
}

/** The money in question for one invoice, in its currency: never negative. */
export function amountAtStake(cls: InvoiceReconciliationClass, f: InvoiceFigures): number {
  const { owed: T, billed: B, gateway: G } = f;
  switch (cls) {
    case 'matched':
    case 'unpaid':
      return 0;
    case 'currency_mismatch':
      return Math.max(T, B);
    case 'missing_payment':
      return B;
    case 'unposted_payment':
    case 'duplicate_payment':
    case 'refund_not_reflected':
      return Math.abs(G - B);
    case 'amount_mismatch':
      return G !== B ? Math.abs(G - B) : Math.abs(B - T);
  }
}
