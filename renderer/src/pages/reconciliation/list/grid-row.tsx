import type { MouseEvent, ReactNode } from 'react';
import type { ReconItem } from '../../../../../shared/contract/reconcile';
import { ageBucketOf, classLabel, stateLabel } from '../class-text';
import { moneyText, signedMoneyText } from '../money-text';

/** The list's columns, in order; the header and every row share them. */
export const COLUMNS = [
  'Select',
  'Class',
  'Invoice / payment',
  'Customer',
  'Date',
  'Age',
  'Currency',
  'At stake',
  'Gateway (G)',
  'Billing (B)',
  'G − B',
  'State',
  'Score',
] as const;

function Cell({ children, className }: { children?: ReactNode; className?: string }): ReactNode {
  return (
    <div role="gridcell" className={className === undefined ? 'recon-cell' : `recon-cell ${className}`}>
      {children}
    </div>
  );
}

/** What the item is about: its invoice, or the payment no invoice points to. */
export function itemReference(item: ReconItem): string {
  if (item.invoiceNumber !== null) return item.invoiceNumber;
  return item.paymentId ?? item.key;
}

interface GridRowProps {
  index: number;
  item: ReconItem | undefined;
  id: string;
  top: number;
  current: boolean;
  picked: boolean;
  onClick: (index: number, event: MouseEvent) => void;
  onPick: (index: number, shift: boolean) => void;
  onOpen: (index: number) => void;
}

/** One exception as a grid row; a placeholder while its page is on its way. */
export function GridRow({ index, item, id, top, current, picked, onClick, onPick, onOpen }: GridRowProps): ReactNode {
  const classes = ['recon-row', current ? 'recon-row-current' : '', picked ? 'recon-row-picked' : ''].join(' ').trim();
  const style = { transform: `translateY(${top}px)` };
  if (item === undefined) {
    return (
      <div role="row" id={id} aria-rowindex={index + 2} className={`${classes} recon-row-loading`} style={style}>
        <Cell className="recon-cell-wide">Loading…</Cell>
      </div>
    );
  }
  const reference = itemReference(item);
  return (
    <div
      role="row"
      id={id}
      aria-rowindex={index + 2}
      aria-selected={picked}
      aria-current={current ? 'true' : undefined}
      className={classes}
      style={style}
      onClick={(event) => onClick(index, event)}
      onDoubleClick={() => onOpen(index)}
    >
      <Cell>
        <input
          type="checkbox"
          tabIndex={-1}
          aria-label={`Select ${reference}`}
          checked={picked}
          // The click handler decides, because only it knows whether Shift was held.
          onChange={() => undefined}
          // Focus stays on the grid, so Enter and the other keys keep working after a click here.
          onMouseDown={(event) => event.preventDefault()}
          onClick={(event) => {
            event.stopPropagation();
            onPick(index, event.shiftKey);
          }}
        />
      </Cell>
      <Cell className={`recon-class recon-class-${item.class}`}>
        <span className="recon-class-label">{classLabel(item.class)}</span>
        <span className="recon-class-name">{item.class}</span>
      </Cell>
      <Cell className="mono">
        {reference}
        {item.invoiceNumber !== null && item.paymentIds.length > 0 && (
          <span className="recon-sub">{item.paymentIds.join(', ')}</span>
        )}
      </Cell>
      <Cell className="recon-truncate">{item.customer ?? '—'}</Cell>
      <Cell>{item.itemDate}</Cell>
      <Cell className={`recon-num recon-age-${ageBucketOf(item.ageDays).replace('+', 'plus')}`}>{item.ageDays} d</Cell>
      <Cell>{item.currency}</Cell>
      <Cell className="recon-num recon-stake">{moneyText(item.amountAtStakeMinor, item.currency)}</Cell>
      <Cell className="recon-num">{moneyText(item.gatewayMinor, item.currency)}</Cell>
      <Cell className="recon-num">{moneyText(item.billingMinor, item.currency)}</Cell>
      <Cell className="recon-num recon-diff">{signedMoneyText(item.differenceMinor, item.currency)}</Cell>
      <Cell>
        {stateLabel(item.state)}
        {item.sealed && <span className="recon-sub">sealed</span>}
      </Cell>
      <Cell className="recon-num">{item.suggestionScore ?? '—'}</Cell>
    </div>
  );
}
