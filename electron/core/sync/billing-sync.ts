import { z } from 'zod';
import { checkShape, convertOrFail } from '../connectors/retry/integration-failure';
import { XERO_API_PATH, XeroBilling } from '../connectors/xero/xero-client';
import { invoiceRows, type InvoiceRows } from '../connectors/xero/xero-records';
import { XeroInvoice, XeroInvoiceType } from '../connectors/xero/xero-schemas';
import { throwIfCancelled } from '../jobs/job-context';
import { BillingWriter } from './billing-writer';
import type { ConnectorRun } from './connector-run';

// The billing cursor. Xero pages by number (page=N) and filters by If-Modified-Since:
// - `hwm` (epoch ms) is Xero's own clock when the last completed run began (DateTimeUTC of its
//   first answer). The next run asks for invoices modified since hwm − overlap: anything changed
//   while that run was reading is changed after its start, so nothing falls between two runs.
// - `run` holds the filter in use and the next page to read. Pages are ordered by InvoiceNumber,
//   which a change does not move: a change mid-run can only add an invoice to the filtered set,
//   shifting later rows to the next page (read twice, harmlessly), never skipping one. Each page
//   and the cursor past it are written in one transaction, so a resumed run neither misses nor
//   duplicates.
export const BillingCursor = z.object({
  v: z.literal(1),
  hwm: z.number().int().nullable(),
  run: z
    .object({
      since: z.number().int().nullable(),
      nextPage: z.number().int().min(1),
      mark: z.number().int().nullable(),
      /** Fallbacks, should Xero not say what time it is. */
      startedAtMs: z.number().int(),
      newestSeen: z.number().int().nullable(),
    })
    .nullable(),
});
export type BillingCursor = z.infer<typeof BillingCursor>;

const RESOURCE = 'invoices';
const ENDPOINT = `GET ${XERO_API_PATH}/Invoices`;

export async function syncBilling(run: ConnectorRun): Promise<void> {
  const { connector, state, tally, options } = run;
  const client = new XeroBilling(connector, { timeoutMs: options.timeoutMs, signal: run.signal });
  const writer = new BillingWriter(run.db, run.store, tally);
  tally.startPhase('Billing system: invoices');
  let cursor = state.read(connector.id, RESOURCE, BillingCursor) ?? { v: 1, hwm: null, run: null };
  let billingRun = cursor.run ?? {
    since: cursor.hwm === null ? null : cursor.hwm - options.billingOverlapMs,
    nextPage: 1,
    mark: null,
    startedAtMs: options.now().getTime(),
    newestSeen: null,
  };
  for (;;) {
    throwIfCancelled(run.signal);
    const page = await run.exchange(ENDPOINT, async () => {
      const answer = await client.invoices({ page: billingRun.nextPage, pageSize: options.billingPageSize, modifiedSince: billingRun.since });
      return { ...answer, rows: salesInvoices(answer.invoices, connector.id) };
    });
    if (page.itemCount !== null) tally.expect(Math.max(0, page.itemCount - (billingRun.nextPage - 1) * options.billingPageSize));
    const newestSeen = page.rows.reduce<number | null>((newest, row) => Math.max(newest ?? 0, Date.parse(row.invoice.updatedAt)), billingRun.newestSeen);
    billingRun = { ...billingRun, mark: billingRun.mark ?? page.serverTimeMs, newestSeen };
    // Xero's page count is authoritative when it gives one; a short page ends the list otherwise.
    const done = page.invoices.length === 0 || (page.pageCount !== null ? billingRun.nextPage >= page.pageCount : page.invoices.length < options.billingPageSize);
    const next: BillingCursor = done
      ? { v: 1, hwm: Math.max(cursor.hwm ?? 0, reachedMark(billingRun)), run: null }
      : { v: 1, hwm: cursor.hwm, run: { ...billingRun, nextPage: billingRun.nextPage + 1 } };
    run.db.transaction(() => {
      writer.invoices(page.rows);
      state.write(connector.id, RESOURCE, next);
      if (done) state.markSynced(connector.id, RESOURCE, options.now().toISOString());
    });
    cursor = next;
    tally.pageDone(page.invoices.length);
    if (done || !next.run) return;
    billingRun = next.run;
  }
}

/**
 * Where the next run starts. Xero's clock at the start of this run when it said; otherwise the
 * earlier of our clock at the start and the newest change seen, which errs towards re-reading.
 */
function reachedMark(billingRun: NonNullable<BillingCursor['run']>): number {
  if (billingRun.mark !== null) return billingRun.mark;
  return billingRun.newestSeen === null ? billingRun.startedAtMs : Math.min(billingRun.startedAtMs, billingRun.newestSeen);
}

/** Sales invoices (ACCREC) of a page, checked and converted; bills (ACCPAY) are not Paydesk's. */
export function salesInvoices(items: readonly unknown[], source: string): InvoiceRows[] {
  const rows: InvoiceRows[] = [];
  for (const item of items) {
    const label = invoiceLabel(item);
    if (checkShape(XeroInvoiceType, item, label, ENDPOINT).Type !== 'ACCREC') continue;
    const invoice = checkShape(XeroInvoice, item, label, ENDPOINT);
    rows.push(convertOrFail(ENDPOINT, () => invoiceRows(invoice, source)));
  }
  return rows;
}

/** "invoice INV-0042", by number where it has one, else by id: how errors name it. */
function invoiceLabel(item: unknown): string {
  const field = (name: string): unknown => (typeof item === 'object' && item !== null ? Reflect.get(item, name) : undefined);
  const number = field('InvoiceNumber');
  const id = field('InvoiceID');
  if (typeof number === 'string' && number !== '') return `invoice ${number}`;
  return typeof id === 'string' ? `invoice ${id}` : 'an invoice';
}
