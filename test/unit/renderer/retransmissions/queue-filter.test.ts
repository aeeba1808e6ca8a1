import { describe, expect, it } from 'vitest';
import {
  focusClass,
  focusState,
  isFilterEmpty,
  filterFromHash,
  retransmissionsHref,
  toggleState,
  withFailureClass,
  withKind,
  withSearch,
} from '../../../../renderer/src/pages/retransmissions/queue-filter';
import { pageFromHash } from '../../../../renderer/src/routing/pages';

describe('the queue filter', () => {
  it('keeps states in one order and drops an empty choice, so equal filters are equal keys', () => {
    const twoWays = toggleState(toggleState({}, 'dead'), 'failed');
    expect(twoWays).toEqual(toggleState(toggleState({}, 'failed'), 'dead'));
    expect(twoWays.states).toEqual(['failed', 'dead']);
    expect(toggleState(toggleState({}, 'dead'), 'dead')).toEqual({});
  });

  it('searches by trimmed text and forgets an empty search', () => {
    expect(withSearch({}, '  INV-7 ')).toEqual({ search: 'INV-7' });
    expect(withSearch({ search: 'INV-7' }, '   ')).toEqual({});
    expect(isFilterEmpty(withFailureClass({ search: 'x' }, undefined))).toBe(false);
    expect(isFilterEmpty(withSearch({}, ' '))).toBe(true);
  });

  it('focuses one state from its count, and a second click shows every state again', () => {
    const failedOnly = focusState({ search: 'INV', failureClass: 'system' }, 'failed');
    expect(failedOnly).toEqual({ states: ['failed'], search: 'INV' });
    expect(focusState(failedOnly, 'failed')).toEqual({ search: 'INV' });
  });

  it('focuses a failure class on the failed and dead rows its count is made of', () => {
    const connection = focusClass({}, 'connection');
    expect(connection).toEqual({ states: ['failed', 'dead'], failureClass: 'connection' });
    expect(focusClass(connection, 'connection')).toEqual({});
    expect(focusClass(connection, 'integration').failureClass).toBe('integration');
  });

  it('narrows to one kind of row, and keeps it while focusing a state or a class', () => {
    const events = withKind({ search: 'pi_1' }, 'webhook_event');
    expect(events).toEqual({ kind: 'webhook_event', search: 'pi_1' });
    expect(isFilterEmpty(withKind({}, 'billing_payment'))).toBe(false);
    expect(focusState(events, 'dead')).toEqual({ states: ['dead'], kind: 'webhook_event', search: 'pi_1' });
    expect(focusClass(events, 'system')).toEqual({ states: ['failed', 'dead'], failureClass: 'system', kind: 'webhook_event', search: 'pi_1' });
    expect(withKind(events, undefined)).toEqual({ search: 'pi_1' });
  });
});

describe('a link to the page', () => {
  it('opens the Retransmissions page searching for the invoice', () => {
    const href = retransmissionsHref({ search: 'INV-1 & co' });
    expect(pageFromHash(href)).toBe('retransmissions');
    expect(filterFromHash(href)).toEqual({ search: 'INV-1 & co' });
  });

  it('opens it in one state, as the state filter would', () => {
    const href = retransmissionsHref({ state: 'failed' });
    expect(href).toBe('#/retransmissions?state=failed');
    expect(filterFromHash(href)).toEqual(focusState({}, 'failed'));
    expect(filterFromHash(retransmissionsHref({ search: 'pi_1', state: 'dead' }))).toEqual({ states: ['dead'], search: 'pi_1' });
  });

  it('leaves out a state it does not know rather than guess', () => {
    expect(filterFromHash('#/retransmissions?state=stuck&search=%20')).toEqual({});
  });

  it('carries nothing when nothing is given', () => {
    expect(retransmissionsHref()).toBe('#/retransmissions');
    expect(filterFromHash('#/retransmissions')).toEqual({});
  });
});
