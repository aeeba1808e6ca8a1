import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { StoredOutboxRow } from './outbox-row';
import { queueAgain, rowWithKey, writtenRow } from './requeue';
import type { QueueContext } from './queue-posting';

export interface EventRequest {
  endpointId: string;
  /** Where the event is fetched from when the row is first sent. */
  gatewayConnectorId: string;
  paymentId: string;
  eventType: string;
  invoiceNumber: string | null;
  currency: string;
  amountMinor: number;
  paidOn: string;
  itemKey: string | null;
}

/**
 * Puts "re-send the gateway's event about payment P to the webhook endpoint" in the outbox. The
 * event itself is fetched from the gateway at the first attempt, so this works offline. One row
 * per payment, event type and endpoint: asking again while it waits returns it; once delivered,
 * asking again re-delivers (receivers dedupe by event id, as the gateway's own retries require).
 * Call inside a transaction.
 */
export function queueEvent(db: Database, request: EventRequest, context: QueueContext): StoredOutboxRow {
  const key = `paydesk-event-${request.eventType}-${request.paymentId}-to-${request.endpointId}`.slice(0, 128);
  const at = context.now.toISOString();
  const existing = rowWithKey(db, key);
  if (existing && (existing.state === 'pending' || existing.state === 'in_flight' || existing.state === 'failed')) return existing;
  if (existing) queueAgain(db, existing, context);
  else {
    db.run(sql`
      INSERT INTO outbox (idempotency_key, kind, target_connector_id, source_connector_id, invoice_number, payment_id, currency,
                          amount_minor, paid_on, payload_json, item_key, event_type, state, attempts, max_attempts, next_attempt_at,
                          created_by, created_at, updated_at)
      VALUES (${key}, 'webhook_event', ${request.endpointId}, ${request.gatewayConnectorId}, ${request.invoiceNumber}, ${request.paymentId},
              ${request.currency}, ${request.amountMinor}, ${request.paidOn}, '', ${request.itemKey}, ${request.eventType}, 'pending', 0,
              ${context.maxAttempts}, ${at}, ${context.actor}, ${at}, ${at})`);
  }
  const row = writtenRow(db, key);
  appendAudit(db, {
    at: context.now,
    actor: context.actor,
    action: 'outbox.queue_event',
    entityType: 'outbox',
    entityId: String(row.id),
    before: existing ? { state: existing.state } : null,
    after: { state: row.state, eventType: row.event_type, payment: row.payment_id, endpoint: row.target_connector_id },
    reason: context.reason,
  });
  return row;
}
