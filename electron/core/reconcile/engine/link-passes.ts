import type { InvoiceIndex, PaymentIndex } from './invoice-index';
import type { LinkGraph } from './link-graph';
import { eachReference } from './reference-tokens';
import type { BillingAllocation, EngineInvoice, EnginePayment, PeopleDecisions } from './types';

// The linking passes, in falling confidence. Only these link on their own; suggestions wait for
// a person (suggest.ts).

/** Pass 1: the gateway's metadata names the invoice, by number or by billing's id. */
export function linkByReference(payments: readonly EnginePayment[], invoices: InvoiceIndex, graph: LinkGraph): void {
  for (const payment of payments) {
    eachReference(payment.invoiceReference, (token) => {
      const invoice = invoices.find(token);
      if (invoice) graph.add(payment, invoice, 'reference');
    });
  }
}

/**
 * The exact-reference join alone, as pairs, for comparing with a database join: the same lookups
 * as pass 1 without building the graph.
 */
export function referencePairs(payments: readonly EnginePayment[], invoices: InvoiceIndex): Array<[EnginePayment, EngineInvoice]> {
  const pairs: Array<[EnginePayment, EngineInvoice]> = [];
  for (const payment of payments) {
    eachReference(payment.invoiceReference, (token) => {
      const invoice = invoices.find(token);
      if (invoice) pairs.push([payment, invoice]);
    });
  }
  return pairs;
}

/**
 * Pass 2: billing recorded a payment against the invoice with the gateway payment's id (or its
 * charge id) as reference. What it recorded steers how a split payment is shared out.
 */
export function linkByBillingReference(
  allocations: readonly BillingAllocation[],
  invoices: InvoiceIndex,
  payments: PaymentIndex,
  graph: LinkGraph,
): void {
  for (const allocation of allocations) {
    const payment = payments.find(allocation.reference);
    const invoice = invoices.byNumberOnly(allocation.invoiceNumber);
    if (!payment || !invoice) continue;
    graph.add(payment, invoice, 'billing_reference').billedMinor += allocation.amountMinor;
  }
}

/** People's word is final: their links stand, and links they took apart stay apart. */
export function applyDecisions(decisions: PeopleDecisions, invoices: InvoiceIndex, payments: PaymentIndex, graph: LinkGraph): void {
  for (const pair of decisions.removedLinks) graph.remove(pair.paymentId, pair.invoiceNumber);
  for (const pair of decisions.manualLinks) {
    const payment = payments.byIdOnly(pair.paymentId);
    const invoice = invoices.byNumberOnly(pair.invoiceNumber);
    if (payment && invoice) graph.add(payment, invoice, 'manual').origin = 'manual';
  }
}
