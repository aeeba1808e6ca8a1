import type { CheckoutFilter, CheckoutPage, CheckoutRow } from '../../../shared/contract/checkouts';
import type { DropOffStage } from '../../../shared/domain/checkout-stage';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import { abandonedWhere } from './abandoned-where';

interface ListRow {
  id: string;
  stage: DropOffStage;
  open: number;
  recovered: number;
  amount_minor: number | null;
  currency: string | null;
  started_at: string;
  customer_name: string | null;
  customer_email: string | null;
  invoice_reference: string | null;
  payment_id: string | null;
  decline_reason: string | null;
  recovery_url: string | null;
  item_key: string | null;
}

/**
 * The reconciliation item a session's payment sits in: its own (an orphan payment) or its
 * invoice's — the first invoice when the session paid several.
 */
const ITEM_KEY = sql`(SELECT e.item_key FROM exceptions e WHERE e.item_key IN (
    'payment:' || c.payment_id,
    'invoice:' || CASE WHEN instr(c.invoice_reference, ',') > 0 THEN substr(c.invoice_reference, 1, instr(c.invoice_reference, ',') - 1) ELSE c.invoice_reference END
  ) ORDER BY e.item_key DESC LIMIT 1)`;

/** Abandoned checkouts, newest first, one page. */
export function listAbandoned(db: Database, filter: CheckoutFilter, cutoff: string, offset: number, limit: number): CheckoutPage {
  const where = abandonedWhere(filter, cutoff);
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM checkout_stages s JOIN checkouts c ON c.id = s.session_id WHERE ${where}`)?.n ?? 0;
  const rows = db.all<ListRow>(sql`
    SELECT c.id, s.stage, s.open, s.recovered, c.amount_minor, c.currency, s.started_at, c.customer_name, c.customer_email,
      c.invoice_reference, c.payment_id, s.decline_reason, c.recovery_url,
      CASE WHEN s.stage = 'paid_not_committed' THEN ${ITEM_KEY} END AS item_key
    FROM checkout_stages s JOIN checkouts c ON c.id = s.session_id
    WHERE ${where}
    ORDER BY s.started_at DESC, s.session_id DESC
    LIMIT ${limit} OFFSET ${offset}`);
  return { rows: rows.map(toRow), total, offset };
}

/** Every abandoned checkout the filter selects, newest first, for the recovery export. */
export function* eachAbandoned(db: Database, filter: CheckoutFilter, cutoff: string, pageSize = 2_000): Generator<CheckoutRow> {
  for (let offset = 0; ; offset += pageSize) {
    const page = listAbandoned(db, filter, cutoff, offset, pageSize);
    yield* page.rows;
    if (page.rows.length < pageSize) return;
  }
}

function toRow(row: ListRow): CheckoutRow {
  return {
    sessionId: row.id,
    stage: row.stage,
    open: row.open === 1,
    recovered: row.recovered === 1,
    amountMinor: row.amount_minor,
    currency: row.currency,
    startedAt: row.started_at,
    customerName: row.customer_name,
    customerEmail: row.customer_email,
    invoiceReference: row.invoice_reference,
    paymentId: row.payment_id,
    declineReason: row.decline_reason,
    recoveryUrl: row.recovery_url,
    itemKey: row.item_key,
  };
}
