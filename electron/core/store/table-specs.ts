import type { SqlValue } from '../db/sql';
import { redactedJson } from '../redact/redact-card-data';
import type { CheckoutRecord, InvoicePaymentRecord, InvoiceRecord, PaymentRecord, RefundRecord } from './records';

/** How one kind of record maps onto its table: the key column first, then the rest. */
export interface TableSpec<R> {
  table: string;
  /** The natural key: one column in every table a source writes. */
  key: string;
  columns: readonly string[];
  row(record: R): SqlValue[];
}

export const PAYMENTS: TableSpec<PaymentRecord> = {
  table: 'payments',
  key: 'id',
  columns: ['charge_id', 'source', 'status', 'amount_minor', 'currency', 'customer_id', 'customer_email', 'invoice_reference', 'card_brand', 'card_last4', 'created_at', 'updated_at', 'raw_json'],
  row: (r) => [r.id, r.chargeId, r.source, r.status, r.amountMinor, r.currency, r.customerId, r.customerEmail, r.invoiceReference, r.cardBrand, r.cardLast4, r.createdAt, r.updatedAt, redactedJson(r.raw)],
};

export const REFUNDS: TableSpec<RefundRecord> = {
  table: 'refunds',
  key: 'id',
  columns: ['payment_id', 'source', 'status', 'amount_minor', 'currency', 'created_at', 'raw_json'],
  row: (r) => [r.id, r.paymentId, r.source, r.status, r.amountMinor, r.currency, r.createdAt, redactedJson(r.raw)],
};

export const CHECKOUTS: TableSpec<CheckoutRecord> = {
  table: 'checkouts',
  key: 'id',
  columns: ['payment_id', 'source', 'status', 'payment_status', 'amount_minor', 'currency', 'customer_email', 'customer_name', 'invoice_reference', 'recovery_url', 'created_at', 'expires_at', 'raw_json'],
  row: (r) => [r.id, r.paymentId, r.source, r.status, r.paymentStatus, r.amountMinor, r.currency, r.customerEmail, r.customerName, r.invoiceReference, r.recoveryUrl, r.createdAt, r.expiresAt, redactedJson(r.raw)],
};

export const INVOICES: TableSpec<InvoiceRecord> = {
  table: 'invoices',
  key: 'number',
  columns: ['external_id', 'source', 'status', 'contact_name', 'contact_email', 'currency', 'total_minor', 'amount_paid_minor', 'amount_due_minor', 'amount_credited_minor', 'issued_on', 'due_on', 'updated_at', 'raw_json'],
  row: (r) => [r.number, r.externalId, r.source, r.status, r.contactName, r.contactEmail, r.currency, r.totalMinor, r.amountPaidMinor, r.amountDueMinor, r.amountCreditedMinor, r.issuedOn, r.dueOn, r.updatedAt, redactedJson(r.raw)],
};

export const INVOICE_PAYMENTS: TableSpec<InvoicePaymentRecord> = {
  table: 'invoice_payments',
  key: 'id',
  columns: ['invoice_number', 'source', 'kind', 'status', 'amount_minor', 'currency', 'reference', 'paid_on', 'raw_json'],
  row: (r) => [r.id, r.invoiceNumber, r.source, r.kind, r.status, r.amountMinor, r.currency, r.reference, r.paidOn, redactedJson(r.raw)],
};
