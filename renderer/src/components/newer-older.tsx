import type { ReactNode } from 'react';

interface NewerOlderProps {
  offset: number;
  shown: number;
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}

/** The way to the newer and older pages of a list shown newest first. */
export function NewerOlder({ offset, shown, total, pageSize, onOffset }: NewerOlderProps): ReactNode {
  return (
    <div className="card-actions">
      <button type="button" className="button button-small" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        Newer
      </button>
      <button type="button" className="button button-small" disabled={offset + shown >= total} onClick={() => onOffset(offset + pageSize)}>
        Older
      </button>
    </div>
  );
}
