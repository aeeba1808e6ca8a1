import type { CallInput } from '../../../../../shared/contract/calls';
import type { ItemFilter, ItemSort } from '../../../../../shared/contract/reconcile';

/** Rows per `recon.listItems` call: a few screens, so scrolling rarely waits. */
export const PAGE_SIZE = 200;

/** The page a row is on. */
export function pageOf(index: number, pageSize = PAGE_SIZE): number {
  return Math.floor(index / pageSize);
}

/**
 * The pages to hold for the rows on screen and the keyboard cursor: always the first (it carries
 * the total the list's height comes from), then every page the rows touch, in order.
 */
export function pagesFor(rowIndexes: readonly number[], pageSize = PAGE_SIZE): number[] {
  const pages = new Set([0, ...rowIndexes.filter((index) => index >= 0).map((index) => pageOf(index, pageSize))]);
  return [...pages].sort((a, b) => a - b);
}

export function pageInput(filter: ItemFilter, sort: ItemSort, page: number, pageSize = PAGE_SIZE): CallInput<'recon.listItems'> {
  return { filter, sort, offset: page * pageSize, limit: pageSize };
}
