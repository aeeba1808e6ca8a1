import type { Prng } from '../prng';
import type { GatewayCharge, GatewayCheckoutSession, GatewayEvent, GatewayPaymentIntent, GatewayRefund } from './types';

type PendingEvent = Omit<GatewayEvent, 'id'>;

function pendingEvent(type: GatewayEvent['type'], created: number, objectType: GatewayEvent['objectType'], objectId: string): PendingEvent {
  return { type, created, objectType, objectId };
}

/**
 * Stripe-style events for what happened to each object, oldest first. Event ids are drawn after
 * sorting so that the id sequence follows time, like the rest of the dataset.
 */
export function deriveEvents(
  rng: Prng,
  anchorSeconds: number,
  objects: {
    paymentIntents: readonly GatewayPaymentIntent[];
    charges: readonly GatewayCharge[];
    refunds: readonly GatewayRefund[];
    sessions: readonly GatewayCheckoutSession[];
  },
): GatewayEvent[] {
  const chargeTimes = new Map(objects.charges.map((charge) => [charge.id, charge.created]));
  const pending: PendingEvent[] = [];
  for (const intent of objects.paymentIntents) {
    const chargedAt = intent.latestChargeId ? chargeTimes.get(intent.latestChargeId) : undefined;
    if (intent.status === 'succeeded' && chargedAt !== undefined) pending.push(pendingEvent('payment_intent.succeeded', chargedAt, 'payment_intent', intent.id));
    if (intent.status === 'requires_payment_method' && chargedAt !== undefined) pending.push(pendingEvent('payment_intent.payment_failed', chargedAt, 'payment_intent', intent.id));
    if (intent.status === 'requires_action') pending.push(pendingEvent('payment_intent.requires_action', Math.min(intent.created + 20, anchorSeconds - 1), 'payment_intent', intent.id));
  }
  for (const charge of objects.charges) {
    pending.push(pendingEvent(charge.status === 'succeeded' ? 'charge.succeeded' : 'charge.failed', charge.created, 'charge', charge.id));
  }
  for (const refund of objects.refunds) {
    pending.push(pendingEvent('charge.refunded', refund.created, 'charge', refund.chargeId));
  }
  for (const session of objects.sessions) {
    if (session.status === 'complete' && session.completedAt !== null) pending.push(pendingEvent('checkout.session.completed', session.completedAt, 'checkout.session', session.id));
    if (session.status === 'expired') pending.push(pendingEvent('checkout.session.expired', session.expiresAt, 'checkout.session', session.id));
  }
  // Array.prototype.sort is stable, so equal times keep the order written above.
  pending.sort((a, b) => a.created - b.created);
  return pending.map((event) => ({ id: `evt_${rng.chars(24)}`, type: event.type, created: event.created, objectType: event.objectType, objectId: event.objectId }));
}
