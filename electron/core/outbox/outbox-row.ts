import type { FailureClass } from '../../../shared/domain/failure-class';
import type { OutboxKind, OutboxRow, OutboxState } from '../../../shared/contract/outbox';

/** An outbox row as stored. */
export interface StoredOutboxRow {
  id: number;
  idempotency_key: string;
  kind: OutboxKind;
  target_connector_id: string;
  source_connector_id: string | null;
  invoice_number: string | null;
  invoice_external_id: string | null;
  payment_id: string;
  currency: string;
  amount_minor: number;
  paid_on: string;
  payload_json: string;
  item_key: string | null;
  state: OutboxState;
  attempts: number;
  max_attempts: number;
  failure_class: FailureClass | null;
  last_error: string | null;
  next_attempt_at: string | null;
  lease_until: string | null;
  billing_payment_id: string | null;
  event_id: string | null;
  event_type: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** States a row can still leave by itself or by a retry: the work is owed. */
export const UNSETTLED_STATES: readonly OutboxState[] = ['pending', 'in_flight', 'failed'];

export function toOutboxRow(row: StoredOutboxRow): OutboxRow {
  return {
    id: row.id,
    kind: row.kind,
    idempotencyKey: row.idempotency_key,
    connectorId: row.target_connector_id,
    invoiceNumber: row.invoice_number,
    paymentId: row.payment_id,
    currency: row.currency,
    amountMinor: row.amount_minor,
    paidOn: row.paid_on,
    itemKey: row.item_key,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    failureClass: row.failure_class,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    billingPaymentId: row.billing_payment_id,
    eventId: row.event_id,
    eventType: row.event_type,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
