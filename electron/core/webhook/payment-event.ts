import { z } from 'zod';
import type { GatewayClient } from '../connectors/stripe/stripe-client';
import { TransmissionError } from '../connectors/transmission-error';

/** The gateway event that says a payment succeeded: the one a merchant's fulfilment listens for. */
export function succeededEventType(paymentId: string): string {
  return paymentId.startsWith('pi_') ? 'payment_intent.succeeded' : 'charge.succeeded';
}

const GatewayEvent = z.looseObject({
  id: z.string().min(1),
  type: z.string(),
  created: z.number().int(),
  data: z.looseObject({ object: z.looseObject({ id: z.string() }) }),
});
export type GatewayEvent = z.infer<typeof GatewayEvent>;

const DAY_SECONDS = 86_400;
/** Stripe lists events newest first, 100 a page; this bounds the search to a few thousand. */
const MAX_PAGES = 40;

/**
 * Finds, at the gateway, the event of `type` about the payment: among events created from the day
 * before it was paid to a week after (the charge can settle after the intent was created). Events
 * are what the merchant's endpoint would have received, byte for byte; Stripe keeps them 30 days,
 * so an older one is reported missing — an integration failure a person must look at.
 */
export async function findPaymentEvent(gateway: Pick<GatewayClient, 'list'>, paymentId: string, type: string, paidOn: string): Promise<GatewayEvent> {
  const day = Math.floor(Date.parse(`${paidOn}T00:00:00Z`) / 1000);
  let startingAfter: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { items, hasMore } = await gateway.list('events', { limit: 100, startingAfter, createdGte: day - DAY_SECONDS, createdLte: day + 8 * DAY_SECONDS, type });
    for (const item of items) {
      const event = GatewayEvent.safeParse(item);
      if (event.success && event.data.data.object.id === paymentId && event.data.type === type) return event.data;
    }
    const last = GatewayEvent.safeParse(items.at(-1));
    if (!hasMore || !last.success) break;
    startingAfter = last.data.id;
  }
  throw new TransmissionError('integration', 'GET /v1/events', `The gateway has no ${type} event for ${paymentId} (Stripe keeps events for 30 days)`);
}
