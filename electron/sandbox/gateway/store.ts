import type {
  GatewayCharge,
  GatewayCheckoutSession,
  GatewayEvent,
  GatewayPaymentIntent,
  GatewayRefund,
  SandboxDataset,
} from '../dataset/types';

/** One resource's objects: newest first, as Stripe lists them, plus an index by id. */
export class ResourceList<T extends { readonly id: string; readonly created: number }> {
  readonly newestFirst: T[];
  private readonly byId: Map<string, T>;

  constructor(oldestFirst: readonly T[]) {
    // Reversing first makes the stable sort put later-written objects first among equal times.
    this.newestFirst = [...oldestFirst].reverse().sort((a, b) => b.created - a.created);
    this.byId = new Map(this.newestFirst.map((item) => [item.id, item]));
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /** Adds an object created now, which is newer than everything already listed. */
  add(item: T): void {
    this.newestFirst.unshift(item);
    this.byId.set(item.id, item);
  }
}

/**
 * The gateway's live state. Starts as a copy of the seeded dataset's lists (the dataset itself
 * stays untouched, as the ground truth of the seed) and grows as refunds are created.
 */
export class GatewayStore {
  readonly paymentIntents: ResourceList<GatewayPaymentIntent>;
  readonly charges: ResourceList<GatewayCharge>;
  readonly refunds: ResourceList<GatewayRefund>;
  readonly checkoutSessions: ResourceList<GatewayCheckoutSession>;
  readonly events: ResourceList<GatewayEvent>;
  private readonly refundsByCharge = new Map<string, GatewayRefund[]>();

  constructor(dataset: SandboxDataset) {
    this.paymentIntents = new ResourceList(dataset.gateway.paymentIntents);
    this.charges = new ResourceList(dataset.gateway.charges);
    this.refunds = new ResourceList(dataset.gateway.refunds);
    this.checkoutSessions = new ResourceList(dataset.gateway.checkoutSessions);
    this.events = new ResourceList(dataset.gateway.events);
    for (const refund of dataset.gateway.refunds) this.indexRefund(refund);
  }

  private indexRefund(refund: GatewayRefund): void {
    const list = this.refundsByCharge.get(refund.chargeId) ?? [];
    list.push(refund);
    this.refundsByCharge.set(refund.chargeId, list);
  }

  /** Refunds of a charge, oldest first, optionally only those that existed at a given time. */
  refundsOf(chargeId: string, asOf?: number): GatewayRefund[] {
    const all = this.refundsByCharge.get(chargeId) ?? [];
    return asOf === undefined ? [...all] : all.filter((refund) => refund.created <= asOf);
  }

  refundedMinor(chargeId: string, asOf?: number): number {
    return this.refundsOf(chargeId, asOf).reduce((sum, refund) => sum + refund.amountMinor, 0);
  }

  addRefund(refund: GatewayRefund, event: GatewayEvent): void {
    this.refunds.add(refund);
    this.indexRefund(refund);
    this.events.add(event);
  }
}
