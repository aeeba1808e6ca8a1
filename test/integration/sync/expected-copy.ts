import { amountCreditedMinor, amountDueMinor, amountPaidMinor, invoiceStatus } from '../../../electron/sandbox/dataset/invoice-math';
import type { GatewayRefund, SandboxDataset } from '../../../electron/sandbox';
import type { Database } from '../../../electron/core/db/database';

// The local copy a sync must produce, derived independently from the sandbox's ground truth
// (the seeded dataset) rather than from anything the connectors return.

export type Row = Record<string, string | number | null>;

export interface ExpectedCopy {
  payments: Row[];
  refunds: Row[];
  checkouts: Row[];
  invoices: Row[];
  invoice_payments: Row[];
}

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString();

export function expectedRefund(refund: GatewayRefund): Row {
  return {
    id: refund.id,
    payment_id: refund.paymentIntentId ?? refund.chargeId,
    status: 'succeeded',
    amount_minor: refund.amountMinor,
    currency: refund.currency,
    created_at: iso(refund.created),
  };
}

export function expectedCopy(dataset: SandboxDataset): ExpectedCopy {
  const { gateway, billing } = dataset;
  const charges = new Map(gateway.charges.map((charge) => [charge.id, charge]));
  const payments: Row[] = gateway.paymentIntents.map((intent) => {
    const charge = intent.latestChargeId ? charges.get(intent.latestChargeId) : undefined;
    return {
      id: intent.id,
      charge_id: intent.latestChargeId,
      status: intent.status,
      amount_minor: intent.amountMinor,
      currency: intent.currency,
      customer_id: intent.customerId,
      customer_email: intent.receiptEmail,
      invoice_reference: intent.metadata['invoice_number'] ?? null,
      card_brand: charge?.card.brand ?? null,
      card_last4: charge?.card.last4 ?? null,
      created_at: iso(intent.created),
    };
  });
  for (const charge of gateway.charges) {
    if (charge.paymentIntentId !== null) continue;
    payments.push({
      id: charge.id,
      charge_id: charge.id,
      status: charge.status,
      amount_minor: charge.amountMinor,
      currency: charge.currency,
      customer_id: charge.customerId,
      customer_email: charge.billingEmail,
      invoice_reference: charge.metadata['invoice_number'] ?? null,
      card_brand: charge.card.brand,
      card_last4: charge.card.last4,
      created_at: iso(charge.created),
    });
  }
  const checkouts: Row[] = gateway.checkoutSessions.map((session) => ({
    id: session.id,
    payment_id: session.paymentIntentId,
    status: session.status,
    payment_status: session.paymentStatus,
    amount_minor: session.amountTotalMinor,
    currency: session.currency,
    customer_email: session.customerEmail,
    created_at: iso(session.created),
    expires_at: iso(session.expiresAt),
  }));
  const invoices: Row[] = [];
  const invoicePayments: Row[] = [];
  for (const invoice of billing.invoices) {
    invoices.push({
      number: invoice.invoiceNumber,
      external_id: invoice.invoiceId,
      status: invoiceStatus(invoice),
      currency: invoice.currency,
      total_minor: invoice.totalMinor,
      amount_paid_minor: amountPaidMinor(invoice),
      amount_due_minor: amountDueMinor(invoice),
      amount_credited_minor: amountCreditedMinor(invoice),
      issued_on: invoice.date,
      due_on: invoice.dueDate,
      updated_at: new Date(invoice.updatedAt).toISOString(),
    });
    for (const payment of invoice.payments) {
      invoicePayments.push({
        id: payment.paymentId,
        invoice_number: invoice.invoiceNumber,
        kind: 'payment',
        amount_minor: payment.amountMinor,
        currency: invoice.currency,
        reference: payment.reference === '' ? null : payment.reference,
        paid_on: payment.date,
      });
    }
    for (const note of invoice.creditNotes) {
      invoicePayments.push({
        id: `${note.creditNoteId}:${invoice.invoiceId}`,
        invoice_number: invoice.invoiceNumber,
        kind: 'credit_note',
        amount_minor: note.appliedMinor,
        currency: invoice.currency,
        reference: null,
        paid_on: note.date,
      });
    }
  }
  return { payments, refunds: gateway.refunds.map(expectedRefund), checkouts, invoices, invoice_payments: invoicePayments };
}

const KEYS: Readonly<Record<keyof ExpectedCopy, string>> = {
  payments: 'id',
  refunds: 'id',
  checkouts: 'id',
  invoices: 'number',
  invoice_payments: 'id',
};

/** Rows of the local copy, with the columns the expectation names. */
export function actualRows(db: Database, table: keyof ExpectedCopy, columns: readonly string[]): Row[] {
  return db.all<Row>({ text: `SELECT ${columns.join(', ')} FROM ${table}`, values: [] });
}

/**
 * Every difference between the local copy and the expectation: missing rows, extra rows, rows
 * with a different value, and duplicate keys. Empty means an exact copy.
 */
export function differences(db: Database, expected: ExpectedCopy): string[] {
  const problems: string[] = [];
  for (const table of Object.keys(KEYS) as (keyof ExpectedCopy)[]) {
    const key = KEYS[table];
    const wanted = expected[table];
    const columns = Object.keys(wanted[0] ?? { [key]: null });
    const actual = actualRows(db, table, columns);
    const byKey = new Map(actual.map((row) => [row[key], row]));
    if (byKey.size !== actual.length) problems.push(`${table}: ${actual.length - byKey.size} duplicate keys`);
    const wantedKeys = new Set(wanted.map((row) => row[key]));
    for (const row of wanted) {
      const got = byKey.get(row[key]);
      if (!got) problems.push(`${table}: missing ${String(row[key])}`);
      else if (JSON.stringify(got) !== JSON.stringify(row)) problems.push(`${table}: ${String(row[key])} is ${JSON.stringify(got)}, expected ${JSON.stringify(row)}`);
    }
    for (const row of actual) if (!wantedKeys.has(row[key])) problems.push(`${table}: unexpected ${String(row[key])}`);
  }
  return problems;
}
