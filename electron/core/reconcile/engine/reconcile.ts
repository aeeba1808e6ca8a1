import { allocatePayment } from './allocate';
import { amountAtStake, classify, figuresOf } from './classify';
import { isInactive, owedMinor } from './invoice-amounts';
import { InvoiceIndex, PaymentIndex } from './invoice-index';
import { LinkGraph } from './link-graph';
import { applyDecisions, linkByBillingReference, linkByReference } from './link-passes';
import { suggest, type SuggestionTarget } from './suggest';
import type { EngineInput, EngineLink, EngineResult, InvoiceOutcome, OrphanOutcome } from './types';

/**
 * The matching engine: links payments to invoices (explicit reference, then billing's recorded
 * payment reference, then people's decisions), shares each payment out, classifies every invoice
 * and every payment left without one, and suggests links for a person to confirm. Pure: the same
 * input always gives the same result, whether it is the whole ledger or one customer's part.
 */
export function reconcile(input: EngineInput): EngineResult {
  const invoices = new InvoiceIndex(input.invoices);
  const payments = new PaymentIndex(input.payments);
  const graph = new LinkGraph();

  linkByReference(input.payments, invoices, graph);
  linkByBillingReference(input.allocations, invoices, payments, graph);
  applyDecisions(input.decisions, invoices, payments, graph);
  for (const payment of input.payments) allocatePayment(graph.ofPayment(payment.id));

  const outcomes: InvoiceOutcome[] = [];
  const targets: SuggestionTarget[] = [];
  for (const invoice of input.invoices) {
    const edges = graph.ofInvoice(invoice.number);
    const linkedSucceeded = edges.filter((edge) => edge.payment.succeeded);
    // A voided or draft invoice matters only if money came in for it.
    if (isInactive(invoice) && linkedSucceeded.length === 0) continue;
    const owed = owedMinor(invoice);
    const figures = figuresOf(owed, invoice.paidMinor, invoice.currency, edges);
    const cls = classify(figures);
    outcomes.push({
      invoice,
      invoiceNumber: invoice.number,
      class: cls,
      currency: invoice.currency,
      totalMinor: owed,
      billingMinor: invoice.paidMinor,
      gatewayMinor: figures.gateway,
      amountAtStakeMinor: amountAtStake(cls, figures),
      paymentIds: linkedSucceeded.map((edge) => edge.payment).sort(byCreation).map((payment) => payment.id),
    });
    if (cls === 'unpaid' && owed > invoice.paidMinor) targets.push({ invoice, wantedMinor: owed - invoice.paidMinor, owedMinor: owed });
    if (cls === 'missing_payment') targets.push({ invoice, wantedMinor: invoice.paidMinor, owedMinor: owed });
  }

  const orphanPayments = input.payments.filter((payment) => payment.succeeded && graph.ofPayment(payment.id).length === 0);
  const orphans: OrphanOutcome[] = orphanPayments.map((payment) => {
    const net = payment.amountMinor - payment.refundedMinor;
    return { payment, paymentId: payment.id, currency: payment.currency, netMinor: net, amountAtStakeMinor: Math.max(0, net) };
  });

  const links: EngineLink[] = [];
  for (const edge of graph.edges()) {
    links.push({ invoiceNumber: edge.invoice.number, paymentId: edge.payment.id, origin: edge.origin, allocatedMinor: edge.netMinor });
  }

  return { invoices: outcomes, orphans, links, suggestions: suggest(orphanPayments, targets, input.decisions.rejectedSuggestions) };
}

function byCreation(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
