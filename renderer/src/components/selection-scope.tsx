import type { ReactNode } from 'react';
import { formatCount } from '../lib/format-count';

interface SelectionScopeProps {
  /** What is selected, in words. */
  scope: string;
  /** Rows matching the filter. */
  total: number;
  /** Every row matching the filter is selected already. */
  allMatching: boolean;
  /** Rows selected now. */
  count: number;
  onSelectAll: () => void;
  onClear: () => void;
}

/** What a bulk action would apply to, and the two ways to change it: all matching the filter, or none. */
export function SelectionScope({ scope, total, allMatching, count, onSelectAll, onClear }: SelectionScopeProps): ReactNode {
  return (
    <>
      <p role="status" className="recon-bulk-scope">
        {scope}
      </p>
      <div className="card-actions">
        <button type="button" className="button button-small" disabled={total === 0 || allMatching} onClick={onSelectAll}>
          Select all {formatCount(total)} matching this filter
        </button>
        <button type="button" className="button button-small" disabled={count === 0} onClick={onClear}>
          Clear selection
        </button>
      </div>
    </>
  );
}
