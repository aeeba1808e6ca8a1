import { describe, expect, it } from 'vitest';
import { postingStatus, postingUnderWay } from '../../../../renderer/src/pages/retransmissions/posting-status';
import { eventRow, outboxRow } from './outbox-fixtures';

const now = Date.parse('2025-03-03T10:00:00.000Z');
const clock = { locale: 'en-GB', timeZone: 'UTC' };

describe("a reconciliation item's postings", () => {
  it('says a landed posting is recorded, with billing’s payment id', () => {
    expect(postingStatus(outboxRow({ state: 'succeeded', billingPaymentId: 'pay-9' }), now)).toEqual({
      tone: 'good',
      text: 'Recorded in billing as payment pay-9.',
    });
  });

  it('gives a failure its class, its error and the next automatic retry', () => {
    const failed = outboxRow({
      state: 'failed',
      failureClass: 'system',
      lastError: 'GET Invoices: 503 maintenance. Retry later.',
      nextAttemptAt: '2025-03-03T10:02:00.000Z',
    });
    expect(postingStatus(failed, now, clock)).toEqual({
      tone: 'bad',
      text: 'Failed (billing system): GET Invoices: 503 maintenance. Retry later. Next automatic retry: in 2 min (10:02).',
    });
  });

  it('says an event is fetched from the gateway first, and delivered under its gateway id', () => {
    expect(postingStatus(eventRow(), now).text).toBe('Queued: the event is fetched from the gateway once, then posted to the webhook endpoint.');
    expect(postingStatus(eventRow({ state: 'in_flight' }), now).text).toBe('In flight: being sent to the webhook endpoint now.');
    expect(postingStatus(eventRow({ state: 'succeeded', eventId: 'evt_9' }), now)).toEqual({
      tone: 'good',
      text: 'Delivered to the webhook endpoint as event evt_9.',
    });
  });

  it('does not blame billing for an event the endpoint refused', () => {
    const refused = eventRow({ state: 'dead', failureClass: 'integration', lastError: 'POST /webhooks: HTTP 400: bad signature' });
    expect(postingStatus(refused, now).text).toBe(
      'Failed (integration): POST /webhooks: HTTP 400: bad signature. Dead: no automatic retry; retry it once the cause is fixed.',
    );
    expect(postingStatus(eventRow({ state: 'failed', failureClass: 'system', nextAttemptAt: null }), now).text).toBe(
      'Failed (partner system). Next automatic retry: none: retry by hand.',
    );
  });

  it('counts a posting as on its way until it lands, is dead-lettered or cancelled', () => {
    expect(postingUnderWay([outboxRow({ state: 'succeeded' }), outboxRow({ state: 'failed' })])).toBe(true);
    expect(postingUnderWay([outboxRow({ state: 'in_flight' })])).toBe(true);
    expect(postingUnderWay([outboxRow({ state: 'dead' }), outboxRow({ state: 'cancelled' }), outboxRow({ state: 'succeeded' })])).toBe(false);
  });
});
