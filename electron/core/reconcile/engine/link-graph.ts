import type { EngineInvoice, EnginePayment, LinkOrigin } from './types';

/** One link between a payment and an invoice, with the money the allocation step gives it. */
export interface Edge {
  readonly payment: EnginePayment;
  readonly invoice: EngineInvoice;
  origin: LinkOrigin;
  /** What billing recorded against this invoice with this payment's id as reference. */
  billedMinor: number;
  grossMinor: number;
  netMinor: number;
}

const NO_EDGES: readonly Edge[] = [];

/** Links found so far, reachable from either end. */
export class LinkGraph {
  private readonly byPayment = new Map<string, Edge[]>();
  private readonly byInvoice = new Map<string, Edge[]>();

  /** Adds a link unless one already ties the two; returns the link either way. */
  add(payment: EnginePayment, invoice: EngineInvoice, origin: LinkOrigin): Edge {
    const existing = this.find(payment.id, invoice.number);
    if (existing) return existing;
    const edge: Edge = { payment, invoice, origin, billedMinor: 0, grossMinor: 0, netMinor: 0 };
    push(this.byPayment, payment.id, edge);
    push(this.byInvoice, invoice.number, edge);
    return edge;
  }

  remove(paymentId: string, invoiceNumber: string): void {
    const edge = this.find(paymentId, invoiceNumber);
    if (!edge) return;
    pull(this.byPayment, paymentId, edge);
    pull(this.byInvoice, invoiceNumber, edge);
  }

  find(paymentId: string, invoiceNumber: string): Edge | undefined {
    return this.byPayment.get(paymentId)?.find((edge) => edge.invoice.number === invoiceNumber);
  }

  ofPayment(paymentId: string): readonly Edge[] {
    return this.byPayment.get(paymentId) ?? NO_EDGES;
  }

  ofInvoice(invoiceNumber: string): readonly Edge[] {
    return this.byInvoice.get(invoiceNumber) ?? NO_EDGES;
  }

  *edges(): Iterable<Edge> {
    for (const edges of this.byPayment.values()) yield* edges;
  }
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

function pull(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (!list) return;
  const remaining = list.filter((candidate) => candidate !== edge);
  if (remaining.length === 0) map.delete(key);
  else map.set(key, remaining);
}
