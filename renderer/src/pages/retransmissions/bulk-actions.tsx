import { useId, useState, type ReactNode } from 'react';
import { OutboxAction } from '../../../../shared/contract/outbox';
import { formatCount, plural } from '../../lib/format-count';
import { actionLabel } from './outbox-text';
import { NOTHING_PICKED, selectedCount, toOutboxSelection } from './queue-selection';
import type { Queue } from './use-queue';
import { RemarkField, useRemark } from '../../components/remark-field';
import { SelectionScope } from '../../components/selection-scope';

/**
 * Retry, cancel or dead-letter many postings at once: those picked, or every one matching the
 * filter. The remark is mandatory: it goes into the audit trail with each change.
 */
export function BulkActions({ queue, total }: { queue: Queue; total: number }): ReactNode {
  const id = useId();
  const [action, setAction] = useState<OutboxAction>('retry');
  const remark = useRemark('the audit trail');
  const count = selectedCount(queue.selection, total);
  const scope =
    queue.selection.kind === 'filter'
      ? `All ${formatCount(total)} postings matching this filter are selected.`
      : count === 0
        ? 'Nothing selected: pick postings with their boxes.'
        : `${plural(count, 'posting', 'postings')} selected.`;
  const submit = (): void => {
    const target = toOutboxSelection(queue.selection, queue.filter);
    if (target === null) return;
    const text = remark.take();
    if (text !== null) queue.act(action, target, text);
  };
  return (
    <section aria-label="Bulk action" className="outbox-bulk">
      <SelectionScope
        scope={scope}
        total={total}
        allMatching={queue.selection.kind === 'filter'}
        count={count}
        onSelectAll={() => queue.setSelection({ kind: 'filter' })}
        onClear={() => queue.setSelection(NOTHING_PICKED)}
      />
      {count > 0 && (
        <form
          className="recon-bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-action`}>Action</label>
            <select
              id={`${id}-action`}
              value={action}
              onChange={(event) => {
                const chosen = OutboxAction.safeParse(event.target.value);
                if (chosen.success) setAction(chosen.data);
              }}
            >
              {OutboxAction.options.map((option) => (
                <option key={option} value={option}>
                  {actionLabel(option)}
                </option>
              ))}
            </select>
          </div>
          <RemarkField value={remark.value} onChange={remark.setValue} problem={remark.problem} />
          <button type="submit" className="button button-primary" disabled={queue.busy}>
            {actionLabel(action)} {plural(count, 'posting', 'postings')}
          </button>
        </form>
      )}
    </section>
  );
}
