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

/** Most records have exactly one link: it is kept as itself, a list only once there are more. */
type Slot = Edge | Edge[];

/** Links found so far, reachable from either end. */
export class LinkGraph {
  private readonly byPayment = new Map<string, Slot>();
  private readonly byInvoice = new Map<string, Slot>();

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
    return this.ofPayment(paymentId).find((edge) => edge.invoice.number === invoiceNumber);
  }

  ofPayment(paymentId: string): readonly Edge[] {
    return listOf(this.byPayment.get(paymentId));
  }

  ofInvoice(invoiceNumber: string): readonly Edge[] {
    return listOf(this.byInvoice.get(invoiceNumber));
  }

  *edges(): Iterable<Edge> {
    for (const slot of this.byPayment.values()) yield* listOf(slot);
  }
}

function listOf(slot: Slot | undefined): readonly Edge[] {
  if (slot === undefined) return NO_EDGES;
  return Array.isArray(slot) ? slot : [slot];
}

function push(map: Map<string, Slot>, key: string, edge: Edge): void {
  const slot = map.get(key);
  if (slot === undefined) map.set(key, edge);
  else if (Array.isArray(slot)) slot.push(edge);
  else map.set(key, [slot, edge]);
}

function pull(map: Map<string, Slot>, key: string, edge: Edge): void {
  const remaining = listOf(map.get(key)).filter((candidate) => candidate !== edge);
  if (remaining.length === 0) map.delete(key);
  else map.set(key, remaining.length === 1 ? (remaining[0] as Edge) : remaining);
}
