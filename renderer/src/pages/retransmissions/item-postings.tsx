import type { ReactNode } from 'react';
import type { OutboxRow } from '../../../../shared/contract/outbox';
import { formatMoney } from '../../../../shared/money';
import { postingStatus } from './posting-status';
import { retransmissionsHref } from './queue-filter';
import '../../styles/retransmissions.css';

interface ItemPostingsProps {
  rows: readonly OutboxRow[];
  /** What the link to the Retransmissions page searches for: the item's invoice. */
  search: string | undefined;
  now: number;
}

/** Where each payment a reconciliation item sent to billing stands, and the way to its attempts. */
export function ItemPostings({ rows, search, now }: ItemPostingsProps): ReactNode {
  return (
    <>
      <ul className="outbox-item-postings" aria-label="Postings of this item">
        {rows.map((row) => {
          const status = postingStatus(row, now);
          return (
            <li key={row.id}>
              <span className="mono">{row.paymentId}</span> · {formatMoney({ amountMinor: row.amountMinor, currency: row.currency })} ·{' '}
              <span className={`tone-${status.tone}`}>{status.text}</span>
            </li>
          );
        })}
      </ul>
      <p>
        <a href={retransmissionsHref(search)}>Attempts and retries on Retransmissions</a>
      </p>
    </>
  );
}
