import { describe, expect, it } from 'vitest';
import type { GatewayListParams, GatewayPage } from '../../../../electron/core/connectors/stripe/stripe-client';
import { findPaymentEvent, succeededEventType } from '../../../../electron/core/webhook/payment-event';

const event = (id: string, objectId: string, type = 'payment_intent.succeeded'): unknown => ({ id, type, created: 1_762_000_000, data: { object: { id: objectId } } });

/** A gateway whose event list comes in the pages given, recording what was asked. */
function gateway(pages: unknown[][]): { list: (resource: 'events', params: GatewayListParams) => Promise<GatewayPage>; asked: GatewayListParams[] } {
  const asked: GatewayListParams[] = [];
  return {
    asked,
    list: (_resource, params) => {
      asked.push(params);
      const items = pages[asked.length - 1] ?? [];
      return Promise.resolve({ items, hasMore: asked.length < pages.length });
    },
  };
}

describe("finding a payment's event at the gateway", () => {
  it('pages through the events of that type around the payment day until it finds the one about the payment', async () => {
    const source = gateway([[event('evt_3', 'pi_9'), event('evt_2', 'pi_8')], [event('evt_1', 'pi_1')]]);
    expect(await findPaymentEvent(source, 'pi_1', 'payment_intent.succeeded', '2025-11-01')).toMatchObject({ id: 'evt_1' });
    const day = Date.parse('2025-11-01T00:00:00Z') / 1000;
    expect(source.asked).toEqual([
      { limit: 100, startingAfter: null, createdGte: day - 86_400, createdLte: day + 8 * 86_400, type: 'payment_intent.succeeded' },
      { limit: 100, startingAfter: 'evt_2', createdGte: day - 86_400, createdLte: day + 8 * 86_400, type: 'payment_intent.succeeded' },
    ]);
  });

  it('says so, as an integration failure, when the gateway no longer has it', async () => {
    await expect(findPaymentEvent(gateway([[event('evt_2', 'pi_8')]]), 'pi_1', 'payment_intent.succeeded', '2025-11-01')).rejects.toMatchObject({
      failureClass: 'integration',
      message: 'The gateway has no payment_intent.succeeded event for pi_1 (Stripe keeps events for 30 days)',
    });
  });

  it('asks for the succeeded event of a payment intent, or of a charge made without one', () => {
    expect(succeededEventType('pi_123')).toBe('payment_intent.succeeded');
    expect(succeededEventType('ch_123')).toBe('charge.succeeded');
  });
});
