import { describe, expect, it } from 'vitest';
import { OUTBOX_STATES } from '../../../../shared/contract/outbox';
import { actionOutcomeText, actionsFor } from '../../../../renderer/src/pages/retransmissions/outbox-text';

describe('what each action applies to', () => {
  const offering = (action: 'retry' | 'cancel' | 'dead'): string[] => OUTBOX_STATES.filter((state) => actionsFor(state).includes(action));

  it('never touches a row in flight or one already recorded', () => {
    expect(offering('retry')).toEqual(['pending', 'failed', 'dead', 'cancelled']);
    expect(offering('cancel')).toEqual(['pending', 'failed', 'dead']);
    expect(offering('dead')).toEqual(['pending', 'failed']);
    expect(actionsFor('in_flight')).toEqual([]);
    expect(actionsFor('succeeded')).toEqual([]);
  });

  it('offers the actions in one order, whatever the state', () => {
    expect(actionsFor('failed')).toEqual(['retry', 'cancel', 'dead']);
    expect(actionsFor('dead')).toEqual(['retry', 'cancel']);
  });
});

describe('what an action did', () => {
  it('counts the rows changed, and the skipped ones only when there are any', () => {
    expect(actionOutcomeText('retry', { changed: 1, skipped: 0 })).toBe('Retry: 1 posting will be sent again now.');
    expect(actionOutcomeText('dead', { changed: 3, skipped: 2 })).toBe(
      'Move to dead: 3 postings moved to dead. 2 postings were skipped: not in a state this applies to.',
    );
  });
});
