import type { Edge } from './link-graph';
import { owedMinor } from './invoice-amounts';

/**
 * Shares a succeeded payment out over the invoices it is linked to, in its own currency.
 * One invoice takes it all. Several (a split): what billing recorded against each comes first,
 * then invoices billing has not recorded take up to what they ask for, oldest first; anything
 * left over lands on the last one, so the shares always add up to the payment. Refunds come off
 * the newest share first. Links to invoices in another currency get nothing: that is a
 * currency mismatch, not money towards the invoice.
 */
export function allocatePayment(edges: readonly Edge[]): void {
  const payment = edges[0]?.payment;
  if (!payment) return;
  const counted = edges.filter((edge) => payment.succeeded && edge.invoice.currency === payment.currency);
  for (const edge of edges) {
    edge.grossMinor = 0;
    edge.netMinor = 0;
  }
  if (counted.length === 0) return;

  if (counted.length === 1) {
    const only = counted[0] as Edge;
    only.grossMinor = payment.amountMinor;
  } else {
    counted.sort(byInvoiceDate);
    let remaining = payment.amountMinor;
    for (const edge of counted) {
      if (edge.billedMinor <= 0) continue;
      edge.grossMinor = Math.min(edge.billedMinor, remaining);
      remaining -= edge.grossMinor;
    }
    for (const edge of counted) {
      if (edge.billedMinor > 0) continue;
      edge.grossMinor = Math.min(owedMinor(edge.invoice), remaining);
      remaining -= edge.grossMinor;
    }
    (counted[counted.length - 1] as Edge).grossMinor += remaining;
  }

  let refund = payment.refundedMinor;
  for (let index = counted.length - 1; index >= 0; index -= 1) {
    const edge = counted[index] as Edge;
    const taken = Math.min(refund, Math.max(edge.grossMinor, 0));
    edge.netMinor = edge.grossMinor - taken;
    refund -= taken;
  }
  // A refund larger than the payment (never seen, but not impossible in a file) stays visible.
  if (refund > 0) (counted[counted.length - 1] as Edge).netMinor -= refund;
}

function byInvoiceDate(a: Edge, b: Edge): number {
  if (a.invoice.date !== b.invoice.date) return a.invoice.date < b.invoice.date ? -1 : 1;
  return a.invoice.number < b.invoice.number ? -1 : a.invoice.number > b.invoice.number ? 1 : 0;
}
