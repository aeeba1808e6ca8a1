import type { GatewayClient } from '../connectors/stripe/stripe-client';
import { TransmissionError } from '../connectors/transmission-error';
import { redactedJson } from '../redact/redact-card-data';
import { findPaymentEvent } from '../webhook/payment-event';
import type { AttemptResult, Exchange } from './attempt-log';
import { failedAttempt } from './failed-attempt';
import type { StoredOutboxRow } from './outbox-row';

/** What re-sending an event needs: where to deliver it, and the gateway to fetch it from the first time. */
export interface WebhookTarget {
  /** Null when the gateway is not configured; a row whose event was already fetched does not need it. */
  gateway: Pick<GatewayClient, 'list'> | null;
  url: string;
  deliver(body: string): Promise<{ status: number }>;
}

export interface EventTransmission {
  result: AttemptResult;
  /** The event as fetched, to keep on the row so later attempts send the very same bytes. */
  fetched: { eventId: string; body: string } | null;
}

/**
 * One attempt at re-sending a gateway event to the merchant's endpoint: the event is fetched from
 * the gateway once and kept, then POSTed signed as the gateway signs. There is no status to check
 * first at a webhook endpoint: receivers recognise a repeat by the event id, as the gateway's own
 * retries already require of them.
 */
export async function transmitEvent(row: StoredOutboxRow, target: WebhookTarget): Promise<EventTransmission> {
  const exchanges: Exchange[] = [];
  let body = row.payload_json;
  let fetched: EventTransmission['fetched'] = null;
  const eventType = row.event_type ?? '';
  if (body === '') {
    const request = `GET events?type=${eventType} (the event about ${row.payment_id})`;
    if (!target.gateway) return { result: failedAttempt(new TransmissionError('integration', 'GET /v1/events', 'The payment gateway is not connected, so the event cannot be fetched'), exchanges, request), fetched };
    try {
      const event = await findPaymentEvent(target.gateway, row.payment_id, eventType, row.paid_on);
      body = redactedJson(event);
      fetched = { eventId: event.id, body };
      exchanges.push({ request, response: `found ${event.id}` });
    } catch (error) {
      return { result: failedAttempt(error, exchanges, request), fetched };
    }
  }
  const request = `POST ${target.url} (${eventType} ${fetched?.eventId ?? row.event_id ?? ''}, Stripe-Signature)`;
  try {
    const { status } = await target.deliver(body);
    exchanges.push({ request, response: `HTTP ${status}: delivered` });
    return { result: { outcome: 'posted', billingPaymentId: null, exchanges }, fetched };
  } catch (error) {
    return { result: failedAttempt(error, exchanges, request), fetched };
  }
}
