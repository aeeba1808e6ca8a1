import { describe, expect, it } from 'vitest';
import { canPostToBilling, canResendEvents, itemSearch, rowsOfKind } from '../../../../renderer/src/pages/retransmissions/item-outbox';
import { eventRow, outboxRow } from './outbox-fixtures';

type Item = Parameters<typeof canResendEvents>[0];
const orphan: Item = { class: 'orphan_payment', state: 'open', sealed: false, paymentIds: ['pi_7'] };
const unposted: Item = { class: 'unposted_payment', state: 'open', sealed: false, paymentIds: ['pi_1'] };

describe('what an item can send', () => {
  it('re-sends the payment event of a payment the merchant never completed, posted or not', () => {
    expect(canResendEvents(orphan)).toBe(true);
    expect(canResendEvents(unposted)).toBe(true);
    expect(canPostToBilling(unposted)).toBe(true);
    expect(canPostToBilling(orphan)).toBe(false);
  });

  it('sends nothing from an item with no gateway payment, a settled one, or one of a closed month', () => {
    expect(canResendEvents({ ...orphan, paymentIds: [] })).toBe(false);
    expect(canResendEvents({ ...orphan, class: 'missing_payment' })).toBe(false);
    expect(canResendEvents({ ...orphan, state: 'resolved' })).toBe(false);
    expect(canResendEvents({ ...unposted, sealed: true })).toBe(false);
    expect(canPostToBilling({ ...unposted, state: 'accepted' })).toBe(false);
  });

  it('splits what the item sent by kind', () => {
    const rows = [outboxRow(), eventRow(), outboxRow({ id: 3 })];
    expect(rowsOfKind(rows, 'billing_payment').map((row) => row.id)).toEqual([1, 3]);
    expect(rowsOfKind(rows, 'webhook_event').map((row) => row.id)).toEqual([2]);
  });

  it('finds the item on Retransmissions by its invoice, or by its payment when it has none', () => {
    expect(itemSearch({ invoiceNumber: 'INV-1', paymentId: null, paymentIds: ['pi_1'] })).toBe('INV-1');
    expect(itemSearch({ invoiceNumber: null, paymentId: 'pi_7', paymentIds: ['pi_7'] })).toBe('pi_7');
  });
});
