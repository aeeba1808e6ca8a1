import type { EngineInput, EngineInvoice, EnginePayment, BillingAllocation, PeopleDecisions } from '../../../../electron/core/reconcile/engine/types';

// Small builders for engine cases: an invoice, a payment, what billing recorded.

export function invoice(number: string, totalMinor: number, paidMinor: number, extra: Partial<EngineInvoice> = {}): EngineInvoice {
  return {
    number,
    externalId: null,
    status: paidMinor >= totalMinor ? 'PAID' : 'AUTHORISED',
    currency: 'USD',
    totalMinor,
    creditedMinor: 0,
    paidMinor,
    customerName: 'Ada Lovelace',
    customerEmail: 'ada@example.com',
    date: '2026-10-05',
    ...extra,
  };
}

export function payment(id: string, amountMinor: number, reference: string | null, extra: Partial<EnginePayment> = {}): EnginePayment {
  return {
    id,
    chargeId: `ch_${id}`,
    succeeded: true,
    currency: 'USD',
    amountMinor,
    refundedMinor: 0,
    customerEmail: 'ada@example.com',
    invoiceReference: reference,
    createdAt: '2026-10-06T10:00:00.000Z',
    ...extra,
  };
}

export function recorded(invoiceNumber: string, reference: string, amountMinor: number): BillingAllocation {
  return { invoiceNumber, reference, amountMinor };
}

export const NO_DECISIONS: PeopleDecisions = { manualLinks: [], removedLinks: [], rejectedSuggestions: [] };

export function input(parts: Partial<EngineInput>): EngineInput {
  return { invoices: [], payments: [], allocations: [], decisions: NO_DECISIONS, ...parts };
}
