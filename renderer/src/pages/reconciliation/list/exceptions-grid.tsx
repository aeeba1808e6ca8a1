import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, type MouseEvent, type ReactNode, type RefCallback, type RefObject } from 'react';
import type { ReconItem } from '../../../../../shared/contract/reconcile';
import { COLUMNS, GridRow } from './grid-row';
import { isPicked, type Selection } from './selection';

/**
 * Fixed, so a million rows stay within what a browser can lay out (about 33.5 million pixels):
 * 1,000,000 × 32 px fits.
 */
export const ROW_HEIGHT = 32;

interface ExceptionsGridProps {
  total: number;
  rowAt: (index: number) => ReconItem | undefined;
  cursor: number;
  selection: Selection;
  /** The grid is its own scroller, and takes focus for the keyboard loop. */
  gridRef: RefObject<HTMLDivElement | null>;
  attachGrid: RefCallback<HTMLDivElement>;
  /** The rows on screen changed: their pages are fetched. */
  onVisible: (first: number, last: number) => void;
  onCursor: (index: number) => void;
  onOpen: (index: number) => void;
  onPick: (index: number, shift: boolean) => void;
}

/** The exceptions list: only the rows on screen exist in the page, however long the list. */
export function ExceptionsGrid(props: ExceptionsGridProps): ReactNode {
  const { total, rowAt, cursor, selection, gridRef, attachGrid, onVisible, onCursor, onOpen, onPick } = props;
  const baseId = useId();
  // No React Compiler memoizes this component, so the virtualizer's unstable functions are safe.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // Room for the sticky header row above the first item, also when scrolling to a row.
    paddingStart: ROW_HEIGHT,
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => onVisible(first, last), [first, last, onVisible]);
  useEffect(() => {
    if (cursor >= 0 && cursor < total) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, total, virtualizer]);

  const rowId = (index: number): string => `${baseId}-row-${index}`;
  const onRowClick = (index: number, event: MouseEvent): void => {
    if (event.shiftKey) onPick(index, true);
    onCursor(index);
  };

  return (
    <div
      ref={attachGrid}
      role="grid"
      aria-label="Exceptions"
      aria-rowcount={total + 1}
      aria-colcount={COLUMNS.length}
      aria-multiselectable="true"
      aria-activedescendant={cursor >= 0 && cursor < total ? rowId(cursor) : undefined}
      tabIndex={0}
      className="recon-grid"
    >
      <div className="recon-grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
        <div role="rowgroup" className="recon-grid-head">
          <div role="row" aria-rowindex={1} className="recon-row recon-row-head">
            {COLUMNS.map((column) => (
              <div key={column} role="columnheader" className="recon-cell">
                {column === 'Select' ? <span className="visually-hidden">Select</span> : column}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup">
          {items.map((virtual) => {
            const item = rowAt(virtual.index);
            return (
              <GridRow
                key={virtual.key}
                index={virtual.index}
                item={item}
                id={rowId(virtual.index)}
                top={virtual.start}
                current={virtual.index === cursor}
                picked={item !== undefined && isPicked(selection, item.key)}
                onClick={onRowClick}
                onPick={onPick}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
