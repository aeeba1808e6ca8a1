import type { OutboxRow } from '../../../../shared/contract/outbox';

/** A posting as outbox.list returns it; each test changes what it is about. */
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
    createdBy: 'ana',
    createdAt: '2025-03-03T10:00:00.000Z',
    updatedAt: '2025-03-03T10:00:00.000Z',
    ...patch,
  };
}
