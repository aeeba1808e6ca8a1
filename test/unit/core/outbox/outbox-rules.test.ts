import { describe, expect, it } from 'vitest';
import { billingPaymentKey } from '../../../../electron/core/outbox/idempotency-key';
import { paymentBody } from '../../../../electron/core/outbox/payment-body';
import { DEFAULT_RETRY_SCHEDULE, nextStepAfter } from '../../../../electron/core/outbox/retry-schedule';

const now = new Date('2026-11-22T10:00:00Z');
const at = (step: ReturnType<typeof nextStepAfter>): number | null => (step.state === 'failed' ? step.nextAttemptAt.getTime() - now.getTime() : null);

describe('what follows a failed attempt', () => {
  it('dead-letters an integration failure at once, whatever attempts remain', () => {
    expect(nextStepAfter({ failureClass: 'integration', retryAfterMs: null }, 1, 8, DEFAULT_RETRY_SCHEDULE, now, () => 0.5)).toMatchObject({ state: 'dead' });
  });

  it('backs off exponentially with full jitter, longer for a partner that is unwell than for a dropped connection', () => {
    const top = (): number => 0.999_999;
    expect(at(nextStepAfter({ failureClass: 'connection', retryAfterMs: null }, 1, 8, DEFAULT_RETRY_SCHEDULE, now, top))).toBe(29_999);
    expect(at(nextStepAfter({ failureClass: 'connection', retryAfterMs: null }, 3, 8, DEFAULT_RETRY_SCHEDULE, now, top))).toBe(119_999);
    expect(at(nextStepAfter({ failureClass: 'system', retryAfterMs: null }, 1, 8, DEFAULT_RETRY_SCHEDULE, now, top))).toBe(59_999);
    expect(at(nextStepAfter({ failureClass: 'system', retryAfterMs: null }, 7, 8, DEFAULT_RETRY_SCHEDULE, now, top))).toBe(3_599_996);
    expect(at(nextStepAfter({ failureClass: 'connection', retryAfterMs: null }, 1, 8, DEFAULT_RETRY_SCHEDULE, now, () => 0))).toBe(0);
  });

  it('waits at least what Retry-After asked, and gives up after the last allowed attempt', () => {
    expect(at(nextStepAfter({ failureClass: 'system', retryAfterMs: 90_000 }, 1, 8, DEFAULT_RETRY_SCHEDULE, now, () => 0))).toBe(90_000);
    expect(nextStepAfter({ failureClass: 'system', retryAfterMs: null }, 8, 8, DEFAULT_RETRY_SCHEDULE, now, () => 0)).toEqual({ state: 'dead', why: 'gave up after 8 attempts' });
  });
});

describe('the request body and its idempotency key', () => {
  it('writes the amount as an exact JSON number in major units for every currency exponent', () => {
    const base = { invoiceNumber: 'INV-1', invoiceExternalId: 'guid-1', accountCode: '090', paidOn: '2026-11-03', reference: 'pi_1' };
    expect(paymentBody({ ...base, amountMinor: 1_250, currency: 'GBP' })).toBe(
      '{"Payments":[{"Invoice":{"InvoiceID":"guid-1"},"Account":{"Code":"090"},"Date":"2026-11-03","Amount":12.50,"Reference":"pi_1"}]}',
    );
    expect(paymentBody({ ...base, amountMinor: 1_200, currency: 'JPY' })).toContain('"Amount":1200,');
    expect(paymentBody({ ...base, amountMinor: 1_005, currency: 'KWD' })).toContain('"Amount":1.005,');
    expect(paymentBody({ ...base, invoiceExternalId: null, amountMinor: 5, currency: 'EUR' })).toContain('"Invoice":{"InvoiceNumber":"INV-1"}');
  });

  it('derives one key per payment and invoice, readable when short and never over 128 characters', () => {
    expect(billingPaymentKey('pi_1', 'INV-1')).toBe('paydesk-payment-pi_1-to-INV-1');
    expect(billingPaymentKey('pi_1', 'INV-1')).not.toBe(billingPaymentKey('pi_1', 'INV-2'));
    const long = billingPaymentKey('pi_'.padEnd(120, 'x'), 'INV-1');
    expect(long).toMatch(/^paydesk-payment-[0-9a-f]{64}$/);
    expect(billingPaymentKey('pi_1', 'Facture n° 7')).toMatch(/^paydesk-payment-[0-9a-f]{64}$/);
  });
});
