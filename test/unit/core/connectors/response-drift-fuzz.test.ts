// Property tests over partner answers with schema drift: fields missing, of the wrong type, extra,
// huge or fractional numbers. Whatever arrives, a page converts to records whose money is integer
// minor units, or stops with an integration failure naming the record; nothing else escapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import { salesInvoices } from '../../../../electron/core/sync/billing-sync';
import { CHARGES, CHECKOUT_SESSIONS, PAYMENT_INTENTS, REFUNDS, type GatewayListSpec } from '../../../../electron/core/sync/gateway-resources';
import type { GatewayWriter } from '../../../../electron/core/sync/gateway-writer';

const RUNS = 150;
const mapping = { source: 'gateway', invoiceReferenceKey: 'invoice_number' };

const VALID: Record<string, Record<string, unknown>> = {
  payment_intents: {
    id: 'pi_1',
    object: 'payment_intent',
    amount: 1200,
    currency: 'usd',
    status: 'succeeded',
    created: 1_790_000_000,
    customer: 'cus_1',
    receipt_email: 'ann@example.com',
    metadata: { invoice_number: 'INV-1' },
    latest_charge: 'ch_1',
  },
  charges: {
    id: 'ch_9',
    object: 'charge',
    amount: 12_340,
    currency: 'kwd',
    status: 'succeeded',
    created: 1_790_000_100,
    customer: null,
    payment_intent: null,
    receipt_email: null,
    billing_details: { email: 'bob@example.com' },
    metadata: {},
    payment_method_details: { card: { brand: 'visa', last4: '4242' } },
  },
  refunds: { id: 're_1', object: 'refund', amount: 500, currency: 'eur', status: 'succeeded', created: 1_790_000_200, charge: 'ch_9' },
  checkout_sessions: {
    id: 'cs_1',
    object: 'checkout.session',
    status: 'expired',
    payment_status: 'unpaid',
    amount_total: 4500,
    currency: 'gbp',
    customer_email: null,
    customer_details: null,
    payment_intent: null,
    created: 1_790_000_000,
    expires_at: 1_790_003_600,
    url: null,
  },
};

const VALID_INVOICE: Record<string, unknown> = {
  Type: 'ACCREC',
  InvoiceID: '9b9a2c1e-0000-4000-8000-000000000001',
  InvoiceNumber: 'INV-000042',
  Status: 'AUTHORISED',
  Contact: { Name: 'Ann Lee', EmailAddress: 'ann@example.com' },
  CurrencyCode: 'KWD',
  Date: '/Date(1790726400000+0000)/',
  DueDate: '/Date(1791936000000)/',
  Total: 12.345,
  AmountPaid: 10,
  AmountDue: 2.345,
  UpdatedDateUTC: '/Date(1790812800123+0000)/',
  Payments: [{ PaymentID: 'p-1', Date: '/Date(1790812800000+0000)/', Amount: 10, Reference: 'pi_123' }],
};

/** Values a drifting or broken partner sends where something else was promised. */
const oddValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e300, -1e300, Number.MAX_SAFE_INTEGER + 2, 2 ** 70, 0.1, 12.345, -0, 1e21, '12.30', '1e3'),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** One to three changes to a record: a field dropped, a field given an odd value, a field added. */
function drifted(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  const change = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom(...keys) }),
    fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...keys), value: oddValue }),
    fc.record({ kind: fc.constant('set' as const), key: fc.string({ maxLength: 10 }), value: oddValue }),
  );
  return fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => {
    const record: Record<string, unknown> = structuredClone(base);
    for (const item of changes) {
      if (item.kind === 'drop') delete record[item.key];
      else record[item.key] = item.value;
    }
    return record;
  });
}

/** Runs a gateway page through its spec; returns the money of what would be written. */
function gatewayPage(spec: GatewayListSpec, items: unknown[]): number[] {
  const amounts: number[] = [];
  const collect = (records: readonly { amountMinor: number | null }[]): void => {
    for (const record of records) if (record.amountMinor !== null) amounts.push(record.amountMinor);
  };
  const writer = {
    payments: collect,
    refunds: collect,
    checkouts: collect,
    cards: () => undefined,
    chargeOwner: () => 'pi_1',
  } as unknown as GatewayWriter;
  spec.prepare(items, mapping, writer).write(writer);
  return amounts;
}

function expectIntegrationFailure(error: unknown, recordWord: string): void {
  expect(error).toBeInstanceOf(TransmissionError);
  const failure = error as TransmissionError;
  expect(failure.failureClass).toBe('integration');
  expect(failure.message).toMatch(new RegExp(`^(Unexpected data from the partner: (an? )?${recordWord}|Cannot convert )`));
  expect(failure.message).not.toMatch(/\n\s+at /);
}

describe('gateway answers under schema drift', () => {
  it.each([
    ['payment intents', PAYMENT_INTENTS, 'payment intent'],
    ['charges', CHARGES, 'charge'],
    ['refunds', REFUNDS, 'refund'],
    ['checkout sessions', CHECKOUT_SESSIONS, 'checkout session'],
  ] as const)('%s: integer minor units, or an integration failure naming the record', (_label, spec, recordWord) => {
    const base = VALID[spec.resource] ?? {};
    expect(gatewayPage(spec, [base]).every(Number.isSafeInteger)).toBe(true);
    fc.assert(
      fc.property(drifted(base), (record) => {
        let amounts: number[];
        try {
          amounts = gatewayPage(spec, [base, record]);
        } catch (error) {
          expectIntegrationFailure(error, recordWord);
          return;
        }
        expect(amounts.every(Number.isSafeInteger)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('billing answers under schema drift', () => {
  it('invoices: integer minor units, or an integration failure naming the invoice', () => {
    fc.assert(
      fc.property(drifted(VALID_INVOICE), (record) => {
        let rows: ReturnType<typeof salesInvoices>;
        try {
          rows = salesInvoices([VALID_INVOICE, record], 'billing');
        } catch (error) {
          expectIntegrationFailure(error, 'invoice');
          return;
        }
        for (const row of rows) {
          for (const money of [row.invoice.totalMinor, row.invoice.amountPaidMinor, row.invoice.amountDueMinor]) expect(Number.isSafeInteger(money)).toBe(true);
          for (const allocation of row.allocations) expect(Number.isSafeInteger(allocation.amountMinor)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
