import type { ReconItem } from '../../../../../shared/contract/reconcile';

/** The keyboard cursor moved by `step` rows, kept inside the list (-1 when the list is empty). */
export function moveCursor(cursor: number, step: number, total: number): number {
  if (total <= 0) return -1;
  return Math.min(total - 1, Math.max(0, cursor + step));
}

/**
 * Where the cursor goes after a decision on the row at `from`, once the list is refreshed: the
 * next open item. With the default filter the decided item has left the list, so the next one now
 * sits at `from`; with resolved items shown it is still there and the search starts below it.
 * Rows not loaded yet end the search: the cursor waits there for them.
 */
export function nextOpenIndex(
  rowAt: (index: number) => Pick<ReconItem, 'key' | 'state'> | undefined,
  from: number,
  decidedKey: string,
  total: number,
): number {
  if (total <= 0) return -1;
  let index = Math.max(0, from);
  if (rowAt(index)?.key === decidedKey) index += 1;
  while (index < total) {
    const row = rowAt(index);
    if (row === undefined || row.state === 'open') break;
    index += 1;
  }
  return Math.min(index, total - 1);
}
