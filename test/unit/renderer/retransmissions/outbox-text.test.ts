import { describe, expect, it } from 'vitest';
import { OUTBOX_STATES } from '../../../../shared/contract/outbox';
import {
  actionOutcomeText,
  actionsFor,
  attemptOutcomeLabel,
  failureClassHint,
  failureClassLabel,
  outboxStateHint,
} from '../../../../renderer/src/pages/retransmissions/outbox-text';

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

describe('words for each kind of row, and for the whole queue', () => {
  it('says where a row that succeeded is now', () => {
    expect(outboxStateHint('succeeded', 'billing_payment')).toBe('Recorded in billing.');
    expect(outboxStateHint('succeeded', 'webhook_event')).toBe('Delivered to the webhook endpoint.');
    expect(outboxStateHint('succeeded', 'any')).toBe('Recorded in billing, or delivered to the webhook endpoint.');
  });

  it('names the partner that failed: billing for a posting, not for an event', () => {
    expect(failureClassLabel('system', 'billing_payment')).toBe('Billing system');
    expect(failureClassLabel('system', 'webhook_event')).toBe('Partner system');
    expect(failureClassHint('connection', 'webhook_event')).toMatch(/^The webhook endpoint \(or the gateway, fetching the event\) could not be reached/);
    expect(failureClassHint('integration', 'webhook_event')).toMatch(/signing secret/);
    expect(failureClassHint('system', 'any')).toMatch(/^Billing or the webhook endpoint is up but unwell/);
  });

  it('calls a landed event delivered, a landed posting posted', () => {
    expect(attemptOutcomeLabel('posted', 'billing_payment')).toBe('Posted');
    expect(attemptOutcomeLabel('posted', 'webhook_event')).toBe('Delivered');
  });
});
