import { describe, expect, it } from 'vitest';
import { checkShape, convertOrFail } from '../../../../electron/core/connectors/retry/integration-failure';
import { invoiceRows } from '../../../../electron/core/connectors/xero/xero-records';
import { XeroInvoice } from '../../../../electron/core/connectors/xero/xero-schemas';

const ENDPOINT = 'GET /api.xro/2.0/Invoices';

function invoice(overrides: Record<string, unknown> = {}): unknown {
  return {
    Type: 'ACCREC',
    InvoiceID: '9b9a2c1e-0000-4000-8000-000000000001',
    InvoiceNumber: 'INV-000042',
    Reference: 'Web order 42',
    Status: 'AUTHORISED',
    Contact: { ContactID: 'c1', Name: 'Ann Lee', EmailAddress: 'ann@example.com' },
    CurrencyCode: 'KWD',
    Date: '/Date(1790726400000+0000)/',
    DueDate: '/Date(1791936000000)/',
    Total: 12.345,
    AmountPaid: 10,
    AmountDue: 1.345,
    AmountCredited: 1,
    UpdatedDateUTC: '/Date(1790812800123+0000)/',
    Payments: [{ PaymentID: 'p-1', Date: '/Date(1790812800000+0000)/', Amount: 10, Reference: 'pi_123', CurrencyRate: 1 }],
    CreditNotes: [{ CreditNoteID: 'cn-1', CreditNoteNumber: 'CN-00001', AppliedAmount: 1, Date: '/Date(1790726400000+0000)/', Total: 1 }],
    Prepayments: [],
    Overpayments: [],
    ...overrides,
  };
}

function rows(raw: unknown): ReturnType<typeof invoiceRows> {
  return convertOrFail(ENDPOINT, () => invoiceRows(checkShape(XeroInvoice, raw, 'invoice INV-000042', ENDPOINT), 'billing'));
}

describe('a Xero invoice in the canonical model', () => {
  it('converts KWD decimals to fils exactly, /Date()/ to UTC, and keeps payments and credit notes', () => {
    const { invoice: record, allocations, completeKinds } = rows(invoice());
    expect(record).toMatchObject({
      number: 'INV-000042',
      externalId: '9b9a2c1e-0000-4000-8000-000000000001',
      source: 'billing',
      status: 'AUTHORISED',
      contactName: 'Ann Lee',
      contactEmail: 'ann@example.com',
      currency: 'KWD',
      totalMinor: 12_345,
      amountPaidMinor: 10_000,
      amountDueMinor: 1_345,
      amountCreditedMinor: 1_000,
      issuedOn: '2026-09-30',
      dueOn: '2026-10-14',
      updatedAt: '2026-10-01T00:00:00.123Z',
    });
    expect(allocations).toEqual([
      expect.objectContaining({ id: 'p-1', invoiceNumber: 'INV-000042', kind: 'payment', amountMinor: 10_000, currency: 'KWD', reference: 'pi_123', paidOn: '2026-10-01', status: 'AUTHORISED' }),
      expect.objectContaining({ id: 'cn-1:9b9a2c1e-0000-4000-8000-000000000001', kind: 'credit_note', amountMinor: 1_000, reference: null, paidOn: '2026-09-30' }),
    ]);
    expect(completeKinds).toEqual(['payment', 'credit_note', 'prepayment', 'overpayment']);
  });

  it('takes JPY without decimals', () => {
    const { invoice: record } = rows(invoice({ CurrencyCode: 'JPY', Total: 15990, AmountPaid: 15990, AmountDue: 0, AmountCredited: 0, Payments: [], CreditNotes: [] }));
    expect(record).toMatchObject({ currency: 'JPY', totalMinor: 15_990, amountPaidMinor: 15_990, amountDueMinor: 0 });
  });

  it('derives an omitted AmountCredited from Xero\'s own identity instead of assuming zero', () => {
    const { invoice: record, completeKinds } = rows(invoice({ AmountCredited: undefined, Payments: undefined, CreditNotes: undefined }));
    expect(record.amountCreditedMinor).toBe(1_000);
    expect(completeKinds).toEqual(['prepayment', 'overpayment']);
  });

  it('keys a draft without a number by its id', () => {
    expect(rows(invoice({ InvoiceNumber: '', Status: 'DRAFT' })).invoice.number).toBe('9b9a2c1e-0000-4000-8000-000000000001');
  });

  it.each([
    [{ Total: 12.3456 }, 'Cannot convert invoice INV-000042, field Total: KWD allows 3 decimal places (value "12.3456")'],
    [{ CurrencyCode: 'ZZZ' }, 'Cannot convert invoice INV-000042, field CurrencyCode: not an ISO 4217 currency code (value "ZZZ")'],
    [{ Date: '2026-09-30' }, 'Cannot convert invoice INV-000042, field Date: expected a date like /Date(1518685950940+0000)/ (value "2026-09-30")'],
    [{ Payments: [{ PaymentID: 'p-1', Date: '/Date(1790812800000+0000)/', Amount: 0.0001 }] }, 'Cannot convert invoice INV-000042, field Payments.0.Amount: KWD allows 3 decimal places (value "0.0001")'],
  ])('refuses %j, naming the invoice and the field', (overrides, message) => {
    expect(() => rows(invoice(overrides))).toThrow(message);
  });

  it('reports a renamed or missing money field as schema drift, by name', () => {
    expect(() => rows(invoice({ Total: undefined, InvoiceTotal: 12.345 }))).toThrow('invoice INV-000042: field Total is missing');
    expect(() => rows(invoice({ Payments: [{ PaymentID: 'p-1', Date: '/Date(1790812800000+0000)/', PaymentAmount: 10 }] }))).toThrow(
      'invoice INV-000042: field Payments.0.Amount is missing',
    );
  });
});
