import type { MouseEvent, ReactNode } from 'react';
import type { OutboxAction, OutboxRow } from '../../../../shared/contract/outbox';
import { formatMoney } from '../../../../shared/money';
import { formatAbsolute, formatRelative } from '../../lib/relative-time';
import { kindLabel, postingName, rowSubject } from './outbox-kind';
import { actionLabel, actionsFor, failureClassHint, failureClassLabel, outboxStateHint, outboxStateLabel } from './outbox-text';
import { nextRetryText } from './outbox-time';

/** The queue's columns, in order; the header and every row share them. */
export const QUEUE_COLUMNS = ['Select', 'Kind', 'Invoice or event', 'Payment', 'Amount', 'State', 'Attempts', 'Failure', 'Next retry', 'Updated', 'Actions'] as const;

/** The id of a row's open button, so closing its history can hand focus back to it. */
export function openButtonId(id: OutboxRow['id']): string {
  return `outbox-open-${id}`;
}

interface QueueRowProps {
  row: OutboxRow;
  picked: boolean;
  open: boolean;
  now: number;
  busy: boolean;
  onPick: () => void;
  onOpen: () => void;
  /** Retry at once, or open the remark form of a cancel or a move to dead. */
  onAction: (action: OutboxAction) => void;
}

function ActionButton({ action, busy, onAction }: { action: OutboxAction; busy: boolean; onAction: (action: OutboxAction) => void }): ReactNode {
  const needsRemark = action !== 'retry';
  return (
    <button
      type="button"
      className={needsRemark ? 'button button-small button-danger' : 'button button-small'}
      disabled={busy}
      title={needsRemark ? `${actionLabel(action)}, with a remark for the audit trail` : 'Send it again now, billing checked first'}
      onClick={() => onAction(action)}
    >
      {actionLabel(action)}
      {needsRemark ? '…' : ''}
    </button>
  );
}

/** One row of the queue: a click anywhere but on a control opens its attempt history. */
export function QueueRow({ row, picked, open, now, busy, onPick, onOpen, onAction }: QueueRowProps): ReactNode {
  const name = postingName(row);
  const actions = actionsFor(row.state);
  const onRowClick = (event: MouseEvent<HTMLTableRowElement>): void => {
    if (event.target instanceof Element && event.target.closest('button, input, a, label')) return;
    onOpen();
  };
  const classes = ['outbox-row', picked ? 'outbox-row-picked' : '', open ? 'outbox-row-open' : ''].join(' ').trim();
  return (
    <tr className={classes} onClick={onRowClick}>
      <td>
        <input type="checkbox" aria-label={`Select ${name}`} checked={picked} onChange={onPick} />
      </td>
      <td className="outbox-nowrap">
        <span className={`outbox-kind outbox-kind-${row.kind}`}>{kindLabel(row.kind)}</span>
      </td>
      <td className="outbox-id">
        <button
          id={openButtonId(row.id)}
          type="button"
          className="outbox-open mono"
          aria-expanded={open}
          aria-label={`Attempts of ${name}`}
          title="Show the attempt history"
          onClick={onOpen}
        >
          {rowSubject(row)}
        </button>
      </td>
      <td className="mono outbox-id">{row.paymentId}</td>
      <td className="recon-num">{formatMoney({ amountMinor: row.amountMinor, currency: row.currency })}</td>
      <td>
        <span className={`badge outbox-state-${row.state}`} title={outboxStateHint(row.state, row.kind)}>
          {outboxStateLabel(row.state)}
        </span>
      </td>
      <td className="recon-num">
        {row.attempts} / {row.maxAttempts}
      </td>
      <td className="outbox-failure">
        {row.failureClass !== null && (
          <span className="outbox-failure-class" title={failureClassHint(row.failureClass, row.kind)}>
            {failureClassLabel(row.failureClass, row.kind)}
          </span>
        )}
        {row.lastError !== null && (
          <span className="recon-sub" title={row.lastError}>
            {row.lastError}
          </span>
        )}
        {row.failureClass === null && row.lastError === null && <span className="muted">—</span>}
      </td>
      <td className="outbox-nowrap">{nextRetryText(row, now)}</td>
      <td className="outbox-nowrap">
        <time dateTime={row.updatedAt} title={formatAbsolute(row.updatedAt)}>
          {formatRelative(row.updatedAt, now)}
        </time>
      </td>
      <td>
        {/* Only what applies: a posting in flight or recorded offers nothing to do. */}
        {actions.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <div className="outbox-row-actions" role="group" aria-label={`Actions on ${name}`}>
            {actions.map((action) => (
              <ActionButton key={action} action={action} busy={busy} onAction={onAction} />
            ))}
          </div>
        )}
      </td>
    </tr>
  );
}
