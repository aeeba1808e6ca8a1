import type { OutboxRow } from '../../../../shared/contract/outbox';
import { assertNever } from '../../lib/assert-never';
import type { ClockOptions } from '../../lib/relative-time';
import { firstStep, landedText, recipientOf } from './outbox-kind';
import { failureClassLabel } from './outbox-text';
import { nextRetryText } from './outbox-time';

export interface PostingStatus {
  tone: 'good' | 'bad' | 'neutral';
  /** One line a finance user can act on: where the money is, and what happens next. */
  text: string;
}

function failure(row: Pick<OutboxRow, 'kind' | 'failureClass' | 'lastError'>): string {
  const cls = row.failureClass === null ? 'Failed' : `Failed (${failureClassLabel(row.failureClass, row.kind).toLowerCase()})`;
  // The error is one of several sentences here: its own full stop would double the next one's.
  return row.lastError === null ? cls : `${cls}: ${row.lastError.replace(/[.\s]+$/, '')}`;
}

/** Where it landed: billing's payment id for a posting, the gateway's event id for an event. */
function landed(row: OutboxRow): string {
  switch (row.kind) {
    case 'billing_payment':
      return row.billingPaymentId === null ? `${landedText(row.kind)}.` : `${landedText(row.kind)} as payment ${row.billingPaymentId}.`;
    case 'webhook_event':
      return row.eventId === null ? `${landedText(row.kind)}.` : `${landedText(row.kind)} as event ${row.eventId}.`;
    default:
      return assertNever(row.kind);
  }
}

/** Where one row of a reconciliation item stands, as the item shows it. */
export function postingStatus(row: OutboxRow, nowMs: number, options: ClockOptions = {}): PostingStatus {
  switch (row.state) {
    case 'pending':
      return { tone: 'neutral', text: `Queued: ${firstStep(row.kind)}.` };
    case 'in_flight':
      return { tone: 'neutral', text: `In flight: being sent to ${recipientOf(row.kind)} now.` };
    case 'succeeded':
      return { tone: 'good', text: landed(row) };
    case 'failed':
      return { tone: 'bad', text: `${failure(row)}. Next automatic retry: ${nextRetryText(row, nowMs, options)}.` };
    case 'dead':
      return { tone: 'bad', text: `${failure(row)}. Dead: no automatic retry; retry it once the cause is fixed.` };
    case 'cancelled':
      return { tone: 'neutral', text: 'Cancelled: it will not be sent.' };
    default:
      return assertNever(row.state);
  }
}

/** Whether a row is still on its way, so asking again would only be refused (or return the same row). */
export function postingUnderWay(rows: readonly Pick<OutboxRow, 'state'>[]): boolean {
  return rows.some((row) => row.state === 'pending' || row.state === 'in_flight' || row.state === 'failed');
}
