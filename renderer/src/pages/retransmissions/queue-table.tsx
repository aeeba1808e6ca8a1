import { Fragment, type ReactNode } from 'react';
import type { OutboxAction, OutboxRow } from '../../../../shared/contract/outbox';
import { ReasonForm } from '../reconciliation/item/reason-form';
import { postingName } from './outbox-kind';
import { openButtonId, QUEUE_COLUMNS, QueueRow } from './queue-row';
import { isPicked, pageState, togglePage, togglePicked } from './queue-selection';
import type { Queue, RowForm } from './use-queue';

function RemarkRow({ form, row, queue }: { form: NonNullable<RowForm>; row: OutboxRow; queue: Queue }): ReactNode {
  const cancel = form.action === 'cancel';
  // Focus goes back to the row, not to the top of the page, when the form goes away unsent.
  const keep = (): void => {
    queue.setRowForm(null);
    document.getElementById(openButtonId(row.id))?.focus();
  };
  return (
    <tr className="outbox-row-form">
      {/* Esc keeps the posting as it is, as the form's hint says. */}
      <td
        colSpan={QUEUE_COLUMNS.length}
        onKeyDown={(event) => {
          if (event.key === 'Escape') keep();
        }}
      >
        <ReasonForm
          label={cancel ? `Why cancel ${postingName(row)}?` : `Why move ${postingName(row)} to dead?`}
          submitLabel={cancel ? 'Cancel posting' : 'Move to dead'}
          hint={
            cancel
              ? 'Enter to cancel it, Esc to keep it. It will not be sent; the remark goes into the audit trail.'
              : 'Enter to move it, Esc to keep it. No automatic retry until someone retries it; the remark goes into the audit trail.'
          }
          busy={queue.busy}
          onSubmit={(remark) => queue.act(form.action, { by: 'ids', ids: [row.id] }, remark)}
          onCancel={keep}
        />
      </td>
    </tr>
  );
}

/** One page of the queue, most recently changed first. */
export function QueueTable({ queue, rows, now }: { queue: Queue; rows: readonly OutboxRow[]; now: number }): ReactNode {
  const ids = rows.map((row) => row.id);
  const shown = pageState(queue.selection, ids);
  const onAction = (row: OutboxRow, action: OutboxAction): void => {
    if (action === 'retry') queue.act('retry', { by: 'ids', ids: [row.id] });
    else queue.setRowForm({ id: row.id, action });
  };
  return (
    <div className="outbox-table-scroll">
      <table className="table outbox-table">
        <caption className="visually-hidden">Postings to billing and events to the webhook endpoint, most recently changed first; open one for its attempt history</caption>
        <thead>
          <tr>
            {QUEUE_COLUMNS.map((column) =>
              column === 'Select' ? (
                <th key={column} scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select every posting shown"
                    checked={shown === 'all'}
                    ref={(element) => {
                      if (element) element.indeterminate = shown === 'some';
                    }}
                    onChange={() => queue.setSelection(togglePage(queue.selection, ids))}
                  />
                </th>
              ) : (
                <th key={column} scope="col" className={column === 'Amount' || column === 'Attempts' ? 'recon-num' : undefined}>
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.id}>
              <QueueRow
                row={row}
                picked={isPicked(queue.selection, row.id)}
                open={queue.openId === row.id}
                now={now}
                busy={queue.busy}
                onPick={() => queue.setSelection(togglePicked(queue.selection, row.id))}
                onOpen={() => queue.setOpenId(queue.openId === row.id ? null : row.id)}
                onAction={(action) => onAction(row, action)}
              />
              {queue.rowForm?.id === row.id && <RemarkRow form={queue.rowForm} row={row} queue={queue} />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
