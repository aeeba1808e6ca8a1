import { ApiError } from '../../../shared/contract/errors';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { billingPaymentKey } from './idempotency-key';
import type { StoredOutboxRow } from './outbox-row';
import { queueAgain, rowWithKey, writtenRow } from './requeue';
import { paymentBody, type PaymentToRecord } from './payment-body';

export interface PostingRequest extends PaymentToRecord {
  connectorId: string;
  /** The reconciliation item that asked for it, if any. */
  itemKey: string | null;
}

export interface QueueContext {
  actor: string;
  now: Date;
  maxAttempts: number;
  reason: string | null;
}

/**
 * Puts "record gateway payment P against invoice I in billing" in the outbox, due at once. One
 * row per logical record, keyed by its idempotency key: asking again for a record that is already
 * queued or in flight returns that row; one that was dead-lettered or cancelled is queued again
 * with the same key and the same body. A recorded one is refused. Call inside a transaction.
 */
export function queuePosting(db: Database, request: PostingRequest, context: QueueContext): StoredOutboxRow {
  const key = billingPaymentKey(request.reference, request.invoiceNumber);
  const at = context.now.toISOString();
  const existing = rowWithKey(db, key);
  if (existing?.state === 'succeeded') {
    throw new ApiError('conflict', `Payment ${request.reference} is already recorded against ${request.invoiceNumber} in billing.`);
  }
  if (existing && existing.state !== 'dead' && existing.state !== 'cancelled') return existing;

  if (existing) queueAgain(db, existing, context);
  else {
    db.run(sql`
      INSERT INTO outbox (idempotency_key, kind, target_connector_id, invoice_number, invoice_external_id, payment_id, currency,
                          amount_minor, paid_on, payload_json, item_key, state, attempts, max_attempts, next_attempt_at,
                          created_by, created_at, updated_at)
      VALUES (${key}, 'billing_payment', ${request.connectorId}, ${request.invoiceNumber}, ${request.invoiceExternalId},
              ${request.reference}, ${request.currency}, ${request.amountMinor}, ${request.paidOn}, ${paymentBody(request)},
              ${request.itemKey}, 'pending', 0, ${context.maxAttempts}, ${at}, ${context.actor}, ${at}, ${at})`);
  }
  const row = writtenRow(db, key);
  appendAudit(db, {
    at: context.now,
    actor: context.actor,
    action: 'outbox.queue',
    entityType: 'outbox',
    entityId: String(row.id),
    before: existing ? { state: existing.state } : null,
    after: { state: row.state, invoice: row.invoice_number, payment: row.payment_id, currency: row.currency, amountMinor: row.amount_minor },
    reason: context.reason,
  });
  return row;
}
