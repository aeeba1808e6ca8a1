import { useId, useState, type ReactNode } from 'react';
import { formatCount, plural } from '../../../lib/format-count';
import { NOTHING_SELECTED, selectedCount, type Selection } from './selection';
import type { Workbench } from '../use-workbench';
import { RemarkField } from '../../../components/remark-field';

type BulkAction = 'resolve' | 'accept';

/**
 * Resolve or accept many items at once: those picked in the list, or every item matching the
 * filter. The remark is mandatory and lands in each item's history.
 */
export function BulkBar({ wb }: { wb: Workbench }): ReactNode {
  const id = useId();
  const [action, setAction] = useState<BulkAction>('resolve');
  const [remark, setRemark] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const total = wb.list.total ?? 0;
  const count = selectedCount(wb.selection, total);
  const select = (selection: Selection): void => wb.setSelection(selection);
  const scope =
    wb.selection.kind === 'filter'
      ? `All ${formatCount(total)} items matching this filter are selected.`
      : count === 0
        ? 'Nothing selected: pick rows with Space or their boxes (Shift for a range).'
        : `${plural(count, 'item', 'items')} selected.`;
  return (
    <section aria-label="Bulk action" className="recon-bulk">
      <p role="status" className="recon-bulk-scope">
        {scope}
      </p>
      <div className="card-actions">
        <button
          type="button"
          className="button button-small"
          disabled={total === 0 || wb.selection.kind === 'filter'}
          onClick={() => select({ kind: 'filter' })}
        >
          Select all {formatCount(total)} matching this filter
        </button>
        <button type="button" className="button button-small" disabled={count === 0} onClick={() => select(NOTHING_SELECTED)}>
          Clear selection
        </button>
      </div>
      {count > 0 && (
        <form
          className="recon-bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (remark.trim().length < 3) {
              setProblem('A remark of at least 3 characters is required: it goes into every item’s history.');
              return;
            }
            setProblem(null);
            wb.bulk(action, remark.trim());
            setRemark('');
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-action`}>Action</label>
            <select
              id={`${id}-action`}
              value={action}
              onChange={(event) => setAction(event.target.value === 'accept' ? 'accept' : 'resolve')}
            >
              <option value="resolve">Resolve</option>
              <option value="accept">Accept</option>
            </select>
          </div>
          <RemarkField value={remark} onChange={setRemark} problem={problem} />
          <button type="submit" className="button button-primary" disabled={wb.busy}>
            {action === 'resolve' ? 'Resolve' : 'Accept'} {plural(count, 'item', 'items')}
          </button>
        </form>
      )}
    </section>
  );
}
