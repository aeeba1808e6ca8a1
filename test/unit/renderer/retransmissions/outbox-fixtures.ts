import type { OutboxRow } from '../../../../shared/contract/outbox';

/** A posting to billing as outbox.list returns it; each test changes what it is about. */
export function outboxRow(patch: Partial<OutboxRow> = {}): OutboxRow {
  return {
    id: 1,
    kind: 'billing_payment',
    idempotencyKey: 'paydesk-billing-payment:pi_1:INV-1',
    connectorId: 'billing-sandbox',
    invoiceNumber: 'INV-1',
    paymentId: 'pi_1',
    currency: 'EUR',
    amountMinor: 12_550,
    paidOn: '2025-03-02',
    itemKey: 'invoice:INV-1',
    state: 'pending',
    attempts: 0,
    maxAttempts: 8,
    failureClass: null,
    lastError: null,
    nextAttemptAt: null,
    billingPaymentId: null,
    eventId: null,
    eventType: null,
    createdBy: 'ana',
    createdAt: '2025-03-03T10:00:00.000Z',
    updatedAt: '2025-03-03T10:00:00.000Z',
    ...patch,
  };
}

/** An event re-sent to the webhook endpoint, about a payment that pays no invoice, not fetched yet. */
export function eventRow(patch: Partial<OutboxRow> = {}): OutboxRow {
  return outboxRow({
    id: 2,
    kind: 'webhook_event',
    idempotencyKey: 'paydesk-event-payment_intent.succeeded-pi_7-to-merchant',
    connectorId: 'merchant',
    invoiceNumber: null,
    paymentId: 'pi_7',
    itemKey: 'payment:pi_7',
    eventType: 'payment_intent.succeeded',
    ...patch,
  });
}
