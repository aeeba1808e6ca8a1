import type { InvoiceRows } from '../connectors/xero/xero-records';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { redactRecord } from '../redact/redact-card-data';
import type { SourceStore } from '../store/source-store';
import type { SyncTally } from './sync-tally';

/**
 * Writes invoices with their payments and allocations. Call inside the page's transaction.
 *
 * Billing is the authority on an invoice's allocations: when Xero sends an invoice's full list
 * of payments (or credit notes…), a stored one it no longer lists was deleted there, and is
 * deleted here too, or the local copy would keep money that billing took back.
 */
export class BillingWriter {
  constructor(
    private readonly db: Database,
    private readonly store: SourceStore,
    private readonly tally: Pick<SyncTally, 'add'>,
  ) {}

  invoices(given: readonly InvoiceRows[]): void {
    // Redacted first, so the lookups below match what the store keeps.
    const rows = given.map((row) => ({ ...row, invoice: redactRecord(row.invoice), allocations: row.allocations.map(redactRecord) }));
    for (const row of rows) this.followRenumbering(row);
    const outcome = this.store.write({
      invoices: rows.map((row) => row.invoice),
      invoicePayments: rows.flatMap((row) => row.allocations),
    });
    this.tally.add('invoices', outcome.invoices);
    this.tally.add('invoice_payments', outcome.invoicePayments);
    let removed = 0;
    for (const row of rows) {
      if (row.completeKinds.length === 0) continue;
      const keep = JSON.stringify(row.allocations.map((allocation) => allocation.id));
      removed += this.db.run(sql`
        DELETE FROM invoice_payments
        WHERE invoice_number = ${row.invoice.number} AND source = ${row.invoice.source}
          AND kind IN (SELECT value FROM json_each(${JSON.stringify(row.completeKinds)}))
          AND id NOT IN (SELECT value FROM json_each(${keep}))`).changes;
    }
    this.tally.add('invoice_payments', { removed });
  }

  /**
   * Xero lets people renumber an invoice (a draft keyed by its id until it gets a number): the
   * stored copy follows under the new number instead of clashing on the unique InvoiceID.
   */
  private followRenumbering(row: InvoiceRows): void {
    const { number, externalId } = row.invoice;
    if (externalId === null) return;
    const stored = this.db.get<{ number: string }>(sql`
      SELECT number FROM invoices WHERE external_id = ${externalId} AND number != ${number}`);
    const taken = this.db.get<{ number: string }>(sql`SELECT number FROM invoices WHERE number = ${number}`);
    // Two invoices swapping numbers would clash whatever we do here: leave it to fail loudly.
    if (!stored || taken) return;
    this.db.run(sql`UPDATE invoices SET number = ${number} WHERE number = ${stored.number}`);
    this.db.run(sql`UPDATE invoice_payments SET invoice_number = ${number} WHERE invoice_number = ${stored.number}`);
  }
}
