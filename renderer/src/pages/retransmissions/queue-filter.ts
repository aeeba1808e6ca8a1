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

/** What a link into the Retransmissions page may preset: a search, a state. */
export interface RetransmissionsLink {
  search?: string;
  state?: OutboxState;
}

/** The Retransmissions page, optionally searching or in one state: "#/retransmissions?search=INV-1", "…?state=failed". */
export function retransmissionsHref(link: RetransmissionsLink = {}): string {
  const params = new URLSearchParams();
  if (link.search !== undefined) params.set('search', link.search);
  if (link.state !== undefined) params.set('state', link.state);
  const query = params.toString();
  return query === '' ? hrefOf('retransmissions') : `${hrefOf('retransmissions')}?${query}`;
}

/** The filter a link to the page carries; an unknown state is left out, not guessed. */
export function filterFromHash(hash: string): OutboxFilter {
  const query = hash.indexOf('?');
  if (query === -1) return {};
  const params = new URLSearchParams(hash.slice(query + 1));
  const state = OUTBOX_STATES.find((candidate) => candidate === params.get('state'));
  return filterOf({ search: params.get('search') ?? '', states: state === undefined ? [] : [state] });
}
