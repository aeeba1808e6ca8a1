import { OUTBOX_STATES, type OutboxFilter, type OutboxKind, type OutboxState } from '../../../../shared/contract/outbox';
import type { FailureClass } from '../../../../shared/domain/failure-class';
import { hrefOf } from '../../routing/pages';
import { NEEDS_ATTENTION } from './outbox-counts';

/**
 * The filter with only what narrows: states in a fixed order and no empty search, so the same
 * choice always makes the same query key.
 */
function filterOf({ states, failureClass, kind, search }: OutboxFilter): OutboxFilter {
  const filter: OutboxFilter = {};
  const chosen = OUTBOX_STATES.filter((state) => states?.includes(state));
  if (chosen.length > 0) filter.states = chosen;
  if (failureClass !== undefined) filter.failureClass = failureClass;
  if (kind !== undefined) filter.kind = kind;
  const text = search?.trim() ?? '';
  if (text !== '') filter.search = text;
  return filter;
}

export function isFilterEmpty(filter: OutboxFilter): boolean {
  return (filter.states ?? []).length === 0 && filter.failureClass === undefined && filter.kind === undefined && (filter.search ?? '') === '';
}

/** Adds or removes one state of the filter's choices (none chosen: every state). */
export function toggleState(filter: OutboxFilter, state: OutboxState): OutboxFilter {
  const states = filter.states ?? [];
  const next = states.includes(state) ? states.filter((chosen) => chosen !== state) : [...states, state];
  return filterOf({ ...filter, states: next });
}

export function withFailureClass(filter: OutboxFilter, failureClass: FailureClass | undefined): OutboxFilter {
  return filterOf({ ...filter, failureClass });
}

export function withKind(filter: OutboxFilter, kind: OutboxKind | undefined): OutboxFilter {
  return filterOf({ ...filter, kind });
}

export function withSearch(filter: OutboxFilter, search: string): OutboxFilter {
  return filterOf({ ...filter, search });
}

export function isStateFocused(filter: OutboxFilter, state: OutboxState): boolean {
  return filter.failureClass === undefined && filter.states?.length === 1 && filter.states[0] === state;
}

/** A state count was clicked: that state alone, or every state again; the search stays. */
export function focusState(filter: OutboxFilter, state: OutboxState): OutboxFilter {
  const rest = { kind: filter.kind, search: filter.search };
  return isStateFocused(filter, state) ? filterOf(rest) : filterOf({ ...rest, states: [state] });
}

export function isClassFocused(filter: OutboxFilter, failureClass: FailureClass): boolean {
  return filter.failureClass === failureClass;
}

/** A failure class was clicked: its failed and dead rows (what its count says), or everything again. */
export function focusClass(filter: OutboxFilter, failureClass: FailureClass): OutboxFilter {
  const rest = { kind: filter.kind, search: filter.search };
  return isClassFocused(filter, failureClass) ? filterOf(rest) : filterOf({ ...rest, states: [...NEEDS_ATTENTION], failureClass });
}

/** The Retransmissions page, optionally searching for an invoice or payment: "#/retransmissions?search=INV-1". */
export function retransmissionsHref(search?: string): string {
  const page = hrefOf('retransmissions');
  return search === undefined ? page : `${page}?${new URLSearchParams({ search }).toString()}`;
}

/** The search a link to the page carries, or an empty text. */
export function searchFromHash(hash: string): string {
  const query = hash.indexOf('?');
  return query === -1 ? '' : (new URLSearchParams(hash.slice(query + 1)).get('search') ?? '').trim();
}
