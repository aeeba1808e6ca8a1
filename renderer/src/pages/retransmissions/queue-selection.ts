import type { OutboxFilter, OutboxId, OutboxSelection } from '../../../../shared/contract/outbox';

/** The contract's most ids per action. */
export const MAX_PICKED = 10_000;

/** What a bulk action applies to: rows picked one by one, or every row matching the filter, unloaded. */
export type QueueSelection = { kind: 'picked'; ids: ReadonlySet<OutboxId> } | { kind: 'filter' };

export const NOTHING_PICKED: QueueSelection = { kind: 'picked', ids: new Set() };

export function isPicked(selection: QueueSelection, id: OutboxId): boolean {
  return selection.kind === 'filter' || selection.ids.has(id);
}

export function togglePicked(selection: QueueSelection, id: OutboxId): QueueSelection {
  const ids = new Set(selection.kind === 'picked' ? selection.ids : []);
  if (ids.has(id)) ids.delete(id);
  else if (ids.size < MAX_PICKED) ids.add(id);
  return { kind: 'picked', ids };
}

/** The rows shown are all picked, some, or none: the header checkbox shows which. */
export function pageState(selection: QueueSelection, pageIds: readonly OutboxId[]): 'all' | 'some' | 'none' {
  const picked = pageIds.filter((id) => isPicked(selection, id)).length;
  if (picked === 0) return 'none';
  return picked === pageIds.length ? 'all' : 'some';
}

/** The header checkbox: picks every row shown, or unpicks them when all were (which also ends "all matching"). */
export function togglePage(selection: QueueSelection, pageIds: readonly OutboxId[]): QueueSelection {
  const ids = new Set(selection.kind === 'picked' ? selection.ids : []);
  if (pageState(selection, pageIds) === 'all') {
    for (const id of pageIds) ids.delete(id);
  } else {
    for (const id of pageIds) if (ids.size < MAX_PICKED) ids.add(id);
  }
  return { kind: 'picked', ids };
}

export function selectedCount(selection: QueueSelection, totalMatching: number): number {
  return selection.kind === 'filter' ? totalMatching : selection.ids.size;
}

/** The contract's selection for an action, or null when nothing is picked. */
export function toOutboxSelection(selection: QueueSelection, filter: OutboxFilter): OutboxSelection | null {
  if (selection.kind === 'filter') return { by: 'filter', filter };
  if (selection.ids.size === 0) return null;
  return { by: 'ids', ids: [...selection.ids] };
}
