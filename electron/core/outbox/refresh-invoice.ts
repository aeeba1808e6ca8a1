import { invoiceRows } from '../connectors/xero/xero-records';
import type { XeroInvoice } from '../connectors/xero/xero-schemas';
import type { Database } from '../db/database';
import { SourceStore } from '../store/source-store';
import { BillingWriter } from '../sync/billing-writer';

/**
 * Writes an invoice as billing just showed it into the local copy, as a sync would: the payment
 * the outbox recorded appears at once, reconciliation's triggers note the change, and the item
 * that asked for it updates without waiting for the next sync.
 */
export function refreshInvoice(db: Database, invoice: XeroInvoice, source: string): void {
  const rows = invoiceRows(invoice, source);
  db.transaction(() => new BillingWriter(db, new SourceStore(db), { add: () => undefined }).invoices([rows]));
}
