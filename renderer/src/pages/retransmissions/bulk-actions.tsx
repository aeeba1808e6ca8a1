import { useId, useState, type ReactNode } from 'react';
import { OutboxAction } from '../../../../shared/contract/outbox';
import { formatCount, plural } from '../../lib/format-count';
import { actionLabel } from './outbox-text';
import { NOTHING_PICKED, selectedCount, toOutboxSelection } from './queue-selection';
import type { Queue } from './use-queue';
import { RemarkField } from '../../components/remark-field';

/**
 * Retry, cancel or dead-letter many postings at once: those picked, or every one matching the
 * filter. The remark is mandatory: it goes into the audit trail with each change.
 */
export function BulkActions({ queue, total }: { queue: Queue; total: number }): ReactNode {
  const id = useId();
  const [action, setAction] = useState<OutboxAction>('retry');
  const [remark, setRemark] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
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
    if (remark.trim().length < 3) {
      setProblem('A remark of at least 3 characters is required: it goes into the audit trail.');
      return;
    }
    setProblem(null);
    queue.act(action, target, remark.trim());
    setRemark('');
  };
  return (
    <section aria-label="Bulk action" className="outbox-bulk">
      <p role="status" className="recon-bulk-scope">
        {scope}
      </p>
      <div className="card-actions">
        <button
          type="button"
          className="button button-small"
          disabled={total === 0 || queue.selection.kind === 'filter'}
          onClick={() => queue.setSelection({ kind: 'filter' })}
        >
          Select all {formatCount(total)} matching this filter
        </button>
        <button type="button" className="button button-small" disabled={count === 0} onClick={() => queue.setSelection(NOTHING_PICKED)}>
          Clear selection
        </button>
      </div>
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
          <RemarkField value={remark} onChange={setRemark} problem={problem} />
          <button type="submit" className="button button-primary" disabled={queue.busy}>
            {actionLabel(action)} {plural(count, 'posting', 'postings')}
          </button>
        </form>
      )}
    </section>
  );
}
