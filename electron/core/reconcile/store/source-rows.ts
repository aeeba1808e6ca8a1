import { sql } from '../../db/sql';
import type { BillingAllocation, EngineInvoice, EnginePayment, LinkPair, PeopleDecisions } from '../engine/types';

// How the engine's inputs are read from the local cache: the columns, the WHERE left to callers.

export interface InvoiceRow {
  number: string;
  external_id: string | null;
  status: string;
  currency: string;
  total_minor: number;
  amount_credited_minor: number;
  amount_paid_minor: number;
  contact_name: string | null;
  contact_email: string | null;
  issued_on: string | null;
  updated_at: string;
}

export const INVOICE_COLUMNS = sql`number, external_id, status, currency, total_minor, amount_credited_minor, amount_paid_minor,
  contact_name, contact_email, issued_on, updated_at`;

export function toEngineInvoice(row: InvoiceRow): EngineInvoice {
  return {
    number: row.number,
    externalId: row.external_id,
    status: row.status,
    currency: row.currency,
    totalMinor: row.total_minor,
    creditedMinor: row.amount_credited_minor,
    paidMinor: row.amount_paid_minor,
    customerName: row.contact_name,
    customerEmail: row.contact_email,
    date: (row.issued_on ?? row.updated_at).slice(0, 10),
  };
}

export interface PaymentRow {
  id: string;
  charge_id: string | null;
  status: string;
  currency: string;
  amount_minor: number;
  refunded_minor: number;
  customer_email: string | null;
  invoice_reference: string | null;
  created_at: string;
}

/** Payments with their succeeded refunds summed; select FROM payments AS p. */
export const PAYMENT_COLUMNS = sql`p.id, p.charge_id, p.status, p.currency, p.amount_minor, p.customer_email, p.invoice_reference, p.created_at,
  coalesce((SELECT sum(r.amount_minor) FROM refunds AS r WHERE r.payment_id = p.id AND r.status = 'succeeded'), 0) AS refunded_minor`;

export function toEnginePayment(row: PaymentRow): EnginePayment {
  return {
    id: row.id,
    chargeId: row.charge_id,
    succeeded: row.status === 'succeeded',
    currency: row.currency,
    amountMinor: row.amount_minor,
    refundedMinor: row.refunded_minor,
    customerEmail: row.customer_email,
    invoiceReference: row.invoice_reference,
    createdAt: row.created_at,
  };
}

export interface AllocationRow {
  invoice_number: string;
  reference: string;
  amount_minor: number;
}

/** Money billing recorded with a reference: payments, prepayments and overpayments, not credit notes or deleted ones. */
export const ALLOCATION_FILTER = sql`reference IS NOT NULL AND kind != 'credit_note' AND status != 'DELETED'`;

export function toAllocation(row: AllocationRow): BillingAllocation {
  return { invoiceNumber: row.invoice_number, reference: row.reference, amountMinor: row.amount_minor };
}

export interface DecisionRow {
  invoice_number: string;
  payment_id: string;
  state: 'active' | 'suggested' | 'rejected' | 'removed';
}

export function toDecisions(rows: readonly DecisionRow[]): PeopleDecisions {
  const pick = (state: DecisionRow['state']): LinkPair[] =>
    rows.filter((row) => row.state === state).map((row) => ({ invoiceNumber: row.invoice_number, paymentId: row.payment_id }));
  return { manualLinks: pick('active'), removedLinks: pick('removed'), rejectedSuggestions: pick('rejected') };
}
