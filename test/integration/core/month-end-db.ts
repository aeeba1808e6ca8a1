import { join } from 'node:path';
import type { ReconClass, ItemState } from '../../../shared/contract/reconcile';
import type { Database } from '../../../electron/core/db/database';
import { openDatabase } from '../../../electron/core/db/open-database';
import { sql } from '../../../electron/core/db/sql';

// A real, migrated Paydesk database in a temp folder, and terse writers for the rows the
// month-end close reads: payments, refunds, invoices and reconciliation items.

export function openTestDatabase(dir: string): Database {
  const opened = openDatabase(join(dir, 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error(`test database not ready: ${opened.state}`);
  return opened.db;
}

export interface PaymentRow {
  id: string;
  currency: string;
  amountMinor: number;
  createdAt: string;
  status?: string;
}

export function insertPayment(db: Database, payment: PaymentRow): void {
  db.run(sql`
    INSERT INTO payments (id, charge_id, source, status, amount_minor, currency, customer_id, customer_email,
                          invoice_reference, card_brand, card_last4, created_at, updated_at, raw_json)
    VALUES (${payment.id}, NULL, 'test', ${payment.status ?? 'succeeded'}, ${payment.amountMinor}, ${payment.currency},
            NULL, NULL, NULL, NULL, NULL, ${payment.createdAt}, ${payment.createdAt}, '{}')`);
}

export function insertRefund(db: Database, refund: { id: string; paymentId: string; amountMinor: number; currency: string; status?: string }): void {
  db.run(sql`
    INSERT INTO refunds (id, payment_id, source, status, amount_minor, currency, created_at, raw_json)
    VALUES (${refund.id}, ${refund.paymentId}, 'test', ${refund.status ?? 'succeeded'}, ${refund.amountMinor},
            ${refund.currency}, '2024-03-20T00:00:00.000Z', '{}')`);
}

export interface InvoiceRow {
  number: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  issuedOn: string | null;
  updatedAt?: string;
  status?: string;
}

export function insertInvoice(db: Database, invoice: InvoiceRow): void {
  db.run(sql`
    INSERT INTO invoices (number, external_id, source, status, contact_name, contact_email, currency, total_minor,
                          amount_paid_minor, amount_due_minor, issued_on, due_on, updated_at, raw_json)
    VALUES (${invoice.number}, NULL, 'test', ${invoice.status ?? 'AUTHORISED'}, 'Customer', NULL, ${invoice.currency},
            ${invoice.totalMinor}, ${invoice.paidMinor}, ${invoice.totalMinor - invoice.paidMinor}, ${invoice.issuedOn},
            NULL, ${invoice.updatedAt ?? '2024-03-31T00:00:00.000Z'}, '{}')`);
}

export interface ItemRow {
  key: string;
  class: ReconClass;
  currency: string;
  gatewayMinor: number;
  billingMinor: number;
  totalMinor?: number | null;
  itemDate: string;
  state?: ItemState;
  paymentIds?: string[];
  invoiceNumbers?: string[];
  customer?: string;
}

export function insertItem(db: Database, item: ItemRow): void {
  const [kind, id = ''] = item.key.split(':');
  const invoiceNumber = kind === 'invoice' ? id : null;
  const paymentId = kind === 'payment' ? id : null;
  const state = item.state ?? 'open';
  db.run(sql`
    INSERT INTO exceptions (item_key, class, invoice_number, payment_id, invoice_numbers_json, payment_ids_json, currency,
                            amount_at_stake_minor, total_minor, billing_minor, gateway_minor, customer, item_date, period,
                            suggestion_score, fingerprint, state, resolution_reason, resolved_by, resolved_at, note, sealed,
                            opened_at, updated_at)
    VALUES (${item.key}, ${item.class}, ${invoiceNumber}, ${paymentId},
            ${JSON.stringify(item.invoiceNumbers ?? (invoiceNumber ? [invoiceNumber] : []))},
            ${JSON.stringify(item.paymentIds ?? (paymentId ? [paymentId] : []))}, ${item.currency},
            ${Math.abs(item.gatewayMinor - item.billingMinor)}, ${item.totalMinor === undefined ? item.billingMinor : item.totalMinor},
            ${item.billingMinor}, ${item.gatewayMinor}, ${item.customer ?? 'Customer'}, ${item.itemDate}, ${item.itemDate.slice(0, 7)},
            NULL, 'fp', ${state}, ${state === 'open' ? null : 'checked'}, NULL, NULL, NULL, 0,
            '2024-04-01T00:00:00.000Z', '2024-04-01T00:00:00.000Z')`);
}

export function setItemState(db: Database, key: string, state: ItemState): void {
  db.run(sql`UPDATE exceptions SET state = ${state} WHERE item_key = ${key}`);
}
