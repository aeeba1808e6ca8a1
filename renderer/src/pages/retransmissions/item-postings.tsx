import type { ReactNode } from 'react';
import type { OutboxRow } from '../../../../shared/contract/outbox';
import { formatMoney } from '../../../../shared/money';
import { kindLabel } from './outbox-kind';
import { postingStatus } from './posting-status';
import { retransmissionsHref } from './queue-filter';
import '../../styles/retransmissions.css';

interface ItemPostingsProps {
  rows: readonly OutboxRow[];
  /** What the link to the Retransmissions page searches for: the item's invoice, or its payment. */
  search: string | undefined;
  now: number;
}

/** Where each thing a reconciliation item sent stands (postings to billing, events to the webhook), and the way to its attempts. */
export function ItemPostings({ rows, search, now }: ItemPostingsProps): ReactNode {
  return (
    <>
      <ul className="outbox-item-postings" aria-label="Postings of this item">
        {rows.map((row) => {
          const status = postingStatus(row, now);
          return (
            <li key={row.id}>
              <span className={`outbox-kind outbox-kind-${row.kind}`}>{kindLabel(row.kind)}</span> ·{' '}
              {row.kind === 'webhook_event' && <span className="mono">{row.eventType ?? 'event'} of </span>}
              <span className="mono">{row.paymentId}</span> · {formatMoney({ amountMinor: row.amountMinor, currency: row.currency })} ·{' '}
              <span className={`tone-${status.tone}`}>{status.text}</span>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={retransmissionsHref({ search })}>Attempts and retries on Retransmissions</a>
      </p>
    </>
  );
}
