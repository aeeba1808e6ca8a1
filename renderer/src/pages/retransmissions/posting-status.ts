import type { OutboxRow } from '../../../../shared/contract/outbox';
import { assertNever } from '../../lib/assert-never';
import type { ClockOptions } from '../../lib/relative-time';
import { failureClassLabel } from './outbox-text';
import { nextRetryText } from './outbox-time';

export interface PostingStatus {
  tone: 'good' | 'bad' | 'neutral';
  /** One line a finance user can act on: where the money is, and what happens next. */
  text: string;
}

function failure(row: Pick<OutboxRow, 'failureClass' | 'lastError'>): string {
  const cls = row.failureClass === null ? 'Failed' : `Failed (${failureClassLabel(row.failureClass).toLowerCase()})`;
  // The error is one of several sentences here: its own full stop would double the next one's.
  return row.lastError === null ? cls : `${cls}: ${row.lastError.replace(/[.\s]+$/, '')}`;
}

/** Where one posting of a reconciliation item stands, as the item shows it. */
export function postingStatus(row: OutboxRow, nowMs: number, options: ClockOptions = {}): PostingStatus {
  switch (row.state) {
    case 'pending':
      return { tone: 'neutral', text: 'Queued: billing is checked first, then the payment is posted.' };
    case 'in_flight':
      return { tone: 'neutral', text: 'In flight: being sent to billing now.' };
    case 'succeeded':
      return {
        tone: 'good',
        text: row.billingPaymentId === null ? 'Recorded in billing.' : `Recorded in billing as payment ${row.billingPaymentId}.`,
      };
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

/** Whether a posting is still on its way, so asking again would only be refused. */
export function postingUnderWay(rows: readonly Pick<OutboxRow, 'state'>[]): boolean {
  return rows.some((row) => row.state === 'pending' || row.state === 'in_flight' || row.state === 'failed');
}
