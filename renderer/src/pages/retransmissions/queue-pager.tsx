import type { ReactNode } from 'react';
import { formatCount } from '../../lib/format-count';

interface QueuePagerProps {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}

/** "Postings 51–100 of 312" with the way to the pages either side. */
export function QueuePager({ offset, shown, total, pageSize, onOffset }: QueuePagerProps): ReactNode {
  return (
    <nav aria-label="Queue pages" className="card-actions outbox-pager">
      <span className="recon-count">
        Postings {formatCount(shown === 0 ? 0 : offset + 1)}–{formatCount(offset + shown)} of {formatCount(total)}
      </span>
      <button type="button" className="button button-small" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        Previous
      </button>
      <button type="button" className="button button-small" disabled={offset + shown >= total} onClick={() => onOffset(offset + pageSize)}>
        Next
      </button>
    </nav>
  );
}
