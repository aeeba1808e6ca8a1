import type { OutboxKind, OutboxRow } from '../../../../shared/contract/outbox';
import { assertNever } from '../../lib/assert-never';

/** One kind of row, or 'any' for what is said of the whole queue (counts across both kinds). */
export type KindScope = OutboxKind | 'any';

/** What a row sends, as the queue and a reconciliation item label it. */
export function kindLabel(kind: OutboxKind): string {
  switch (kind) {
    case 'billing_payment':
      return 'Posting to billing';
    case 'webhook_event':
      return 'Event to webhook';
    default:
      return assertNever(kind);
  }
}

/** Where rows of this scope go, inside a sentence. */
export function recipientOf(scope: KindScope): string {
  switch (scope) {
    case 'billing_payment':
      return 'billing';
    case 'webhook_event':
      return 'the webhook endpoint';
    case 'any':
      return 'billing or the webhook endpoint';
    default:
      return assertNever(scope);
  }
}

/** What an attempt does before it sends, the safety each kind relies on. */
export function firstStep(kind: OutboxKind): string {
  switch (kind) {
    case 'billing_payment':
      return 'billing is checked first, then the payment is posted';
    case 'webhook_event':
      return 'the event is fetched from the gateway once, then posted to the webhook endpoint';
    default:
      return assertNever(kind);
  }
}

/** Where a row that succeeded is now. */
export function landedText(scope: KindScope): string {
  switch (scope) {
    case 'billing_payment':
      return 'Recorded in billing';
    case 'webhook_event':
      return 'Delivered to the webhook endpoint';
    case 'any':
      return 'Recorded in billing, or delivered to the webhook endpoint';
    default:
      return assertNever(scope);
  }
}

type Named = Pick<OutboxRow, 'kind' | 'invoiceNumber' | 'paymentId' | 'eventType'>;

/**
 * Names a row in labels: "pi_123 to INV-1" (an invoice can have several postings), or
 * "payment_intent.succeeded event of pi_123".
 */
export function postingName(row: Named): string {
  switch (row.kind) {
    case 'billing_payment':
      return `${row.paymentId} to ${row.invoiceNumber ?? 'billing'}`;
    case 'webhook_event':
      return `${row.eventType ?? 'payment'} event of ${row.paymentId}`;
    default:
      return assertNever(row.kind);
  }
}

/** The queue's first column: the invoice, or for an event about a payment that pays none, the event. */
export function rowSubject(row: Pick<OutboxRow, 'invoiceNumber' | 'eventId' | 'eventType'>): string {
  return row.invoiceNumber ?? row.eventId ?? row.eventType ?? '—';
}

/** The heading of a row's attempt history: "pi_123 → INV-1", or "charge.succeeded evt_9 of ch_1 → webhook endpoint". */
export function detailTitle(row: Named & Pick<OutboxRow, 'eventId'>): string {
  switch (row.kind) {
    case 'billing_payment':
      return `${row.paymentId} → ${row.invoiceNumber ?? 'billing'}`;
    case 'webhook_event':
      return `${[row.eventType ?? 'event', row.eventId].filter((part) => part !== null).join(' ')} of ${row.paymentId} → webhook endpoint`;
    default:
      return assertNever(row.kind);
  }
}
