import { describe, expect, it } from 'vitest';
import { detailTitle, kindLabel, postingName, rowSubject } from '../../../../renderer/src/pages/retransmissions/outbox-kind';
import { eventRow, outboxRow } from './outbox-fixtures';

describe('the two kinds of row', () => {
  it('labels each by what it sends', () => {
    expect(kindLabel('billing_payment')).toBe('Posting to billing');
    expect(kindLabel('webhook_event')).toBe('Event to webhook');
  });

  it('names a posting by payment and invoice, an event by its type and payment', () => {
    expect(postingName(outboxRow())).toBe('pi_1 to INV-1');
    expect(postingName(eventRow())).toBe('payment_intent.succeeded event of pi_7');
  });

  it('shows the invoice first, or for an event about a payment that pays none, the event', () => {
    expect(rowSubject(outboxRow())).toBe('INV-1');
    expect(rowSubject(eventRow({ invoiceNumber: 'INV-3' }))).toBe('INV-3');
    expect(rowSubject(eventRow())).toBe('payment_intent.succeeded');
    expect(rowSubject(eventRow({ eventId: 'evt_9' }))).toBe('evt_9');
  });

  it('heads the attempt history with where the row goes, and the event id once it is known', () => {
    expect(detailTitle(outboxRow())).toBe('pi_1 → INV-1');
    expect(detailTitle(eventRow())).toBe('payment_intent.succeeded of pi_7 → webhook endpoint');
    expect(detailTitle(eventRow({ eventId: 'evt_9' }))).toBe('payment_intent.succeeded evt_9 of pi_7 → webhook endpoint');
  });
});
