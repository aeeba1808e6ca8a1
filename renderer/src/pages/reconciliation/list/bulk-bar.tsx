import { useId, useState, type ReactNode } from 'react';
import { formatCount, plural } from '../../../lib/format-count';
import { NOTHING_SELECTED, selectedCount, type Selection } from './selection';
import type { Workbench } from '../use-workbench';
import { RemarkField, useRemark } from '../../../components/remark-field';
import { SelectionScope } from '../../../components/selection-scope';

type BulkAction = 'resolve' | 'accept';

/**
 * Resolve or accept many items at once: those picked in the list, or every item matching the
 * filter. The remark is mandatory and lands in each item's history.
 */
export function BulkBar({ wb }: { wb: Workbench }): ReactNode {
  const id = useId();
  const [action, setAction] = useState<BulkAction>('resolve');
  const remark = useRemark('every item’s history');
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
      <SelectionScope
        scope={scope}
        total={total}
        allMatching={wb.selection.kind === 'filter'}
        count={count}
        onSelectAll={() => select({ kind: 'filter' })}
        onClear={() => select(NOTHING_SELECTED)}
      />
      {count > 0 && (
        <form
          className="recon-bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            const text = remark.take();
            if (text !== null) wb.bulk(action, text);
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
          <RemarkField value={remark.value} onChange={remark.setValue} problem={remark.problem} />
          <button type="submit" className="button button-primary" disabled={wb.busy}>
            {action === 'resolve' ? 'Resolve' : 'Accept'} {plural(count, 'item', 'items')}
          </button>
        </form>
      )}
    </section>
  );
}
