import { describe, expect, it } from 'vitest';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import type { XeroInvoice } from '../../../../electron/core/connectors/xero/xero-schemas';
import type { StoredOutboxRow } from '../../../../electron/core/outbox/outbox-row';
import { transmitPosting, type BillingTarget } from '../../../../electron/core/outbox/transmit-posting';

const row = {
  id: 1,
  idempotency_key: 'paydesk-payment-pi_1-to-INV-1',
  invoice_number: 'INV-1',
  invoice_external_id: 'inv-guid-1',
  payment_id: 'pi_1',
  currency: 'GBP',
  amount_minor: 1_250,
  payload_json: '{"Payments":[]}',
} as const satisfies Partial<StoredOutboxRow>;

function invoice(payments: { PaymentID: string; Reference?: string; Status?: string }[], due = 12.5, status = 'AUTHORISED'): XeroInvoice {
  return {
    Type: 'ACCREC', InvoiceID: 'inv-guid-1', InvoiceNumber: 'INV-1', Status: status, CurrencyCode: 'GBP', Total: 20, AmountPaid: 20 - due, AmountDue: due,
    UpdatedDateUTC: '/Date(0+0000)/', Payments: payments.map((payment) => ({ Date: '/Date(0+0000)/', Amount: 1, ...payment })),
  };
}

/** A billing system that records what it is asked to, and can lose the answer after committing. */
class FakeBilling implements BillingTarget {
  readonly recorded: { PaymentID: string; Reference: string }[] = [];
  posts = 0;
  loseNextAnswer = false;
  checkFailure: TransmissionError | null = null;

  invoice(): Promise<XeroInvoice> {
    if (this.checkFailure) return Promise.reject(this.checkFailure);
    return Promise.resolve(invoice(this.recorded, this.recorded.length > 0 ? 0 : 12.5, this.recorded.length > 0 ? 'PAID' : 'AUTHORISED'));
  }

  createPayment(): Promise<{ paymentId: string }> {
    this.posts += 1;
    const paymentId = `pay-${this.posts}`;
    this.recorded.push({ PaymentID: paymentId, Reference: 'pi_1' });
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      return Promise.reject(new TransmissionError('connection', 'PUT /Payments', 'the connection was reset'));
    }
    return Promise.resolve({ paymentId });
  }
}

const stored = row as unknown as StoredOutboxRow;

describe('one attempt at recording a payment in billing', () => {
  it('checks the invoice first and posts only when our reference is not there', async () => {
    const billing = new FakeBilling();
    const { result } = await transmitPosting(stored, billing);
    expect(result).toMatchObject({ outcome: 'posted', billingPaymentId: 'pay-1' });
    expect(result.exchanges.map((exchange) => exchange.request)).toEqual([
      'GET Invoices/inv-guid-1 (is payment pi_1 recorded?)',
      'PUT Payments (Idempotency-Key paydesk-payment-pi_1-to-INV-1): 12.50 GBP to INV-1, reference pi_1',
    ]);
  });

  it('after an answer lost once billing committed, finds the payment instead of posting it again', async () => {
    const billing = new FakeBilling();
    billing.loseNextAnswer = true;
    const first = await transmitPosting(stored, billing);
    expect(first.result).toMatchObject({ outcome: 'failed', failureClass: 'connection' });
    const second = await transmitPosting(stored, billing);
    expect(second.result).toMatchObject({ outcome: 'already_recorded', billingPaymentId: 'pay-1' });
    expect(billing.posts).toBe(1);
  });

  it('does not post when the check itself fails', async () => {
    const billing = new FakeBilling();
    billing.checkFailure = new TransmissionError('system', 'GET /Invoices', 'HTTP 503: maintenance', 503, 30_000);
    const { result } = await transmitPosting(stored, billing);
    expect(result).toMatchObject({ outcome: 'failed', failureClass: 'system', httpStatus: 503, retryAfterMs: 30_000 });
    expect(billing.posts).toBe(0);
  });

  it('ignores a deleted payment with our reference, and refuses without asking when too little is due', async () => {
    const deleted: BillingTarget = {
      invoice: () => Promise.resolve(invoice([{ PaymentID: 'old', Reference: 'pi_1', Status: 'DELETED' }], 5)),
      createPayment: () => Promise.reject(new Error('must not post')),
    };
    const { result } = await transmitPosting(stored, deleted);
    expect(result).toMatchObject({ outcome: 'failed', failureClass: 'integration' });
    expect(result.outcome === 'failed' && result.message).toBe('Invoice INV-1 has 5.00 GBP due, less than the 12.50 GBP to record: it was paid another way');
  });
});
