import type BetterSqlite3 from 'better-sqlite3';
import type { ItemDraft } from './item-drafts';

const COLUMNS = `item_key, class, invoice_number, payment_id, invoice_numbers_json, payment_ids_json, currency, amount_at_stake_minor,
  total_minor, billing_minor, gateway_minor, customer, item_date, period, suggestion_score, fingerprint, state, note, opened_at, updated_at`;

/** The statements a run writes items with, prepared once per run; values bound by position. */
export class ItemStatements {
  private readonly insertStatement: BetterSqlite3.Statement;
  private readonly upsertStatement: BetterSqlite3.Statement;
  private readonly updateStatement: BetterSqlite3.Statement;
  private readonly deleteStatement: BetterSqlite3.Statement;

  constructor(raw: BetterSqlite3.Database) {
    const placeholders = Array.from({ length: 20 }, () => '?').join(', ');
    this.insertStatement = raw.prepare(`INSERT INTO exceptions (${COLUMNS}) VALUES (${placeholders})`);
    // A late-change item is raised again when the data changes again: it starts afresh.
    this.upsertStatement = raw.prepare(`INSERT INTO exceptions (${COLUMNS}) VALUES (${placeholders})
      ON CONFLICT (item_key) DO UPDATE SET class = excluded.class, invoice_numbers_json = excluded.invoice_numbers_json,
        payment_ids_json = excluded.payment_ids_json, currency = excluded.currency, amount_at_stake_minor = excluded.amount_at_stake_minor,
        total_minor = excluded.total_minor, billing_minor = excluded.billing_minor, gateway_minor = excluded.gateway_minor,
        customer = excluded.customer, item_date = excluded.item_date, period = excluded.period, suggestion_score = excluded.suggestion_score,
        fingerprint = excluded.fingerprint, state = 'open', resolution_reason = NULL, resolved_by = NULL, resolved_at = NULL,
        note = excluded.note, updated_at = excluded.updated_at`);
    this.updateStatement = raw.prepare(`UPDATE exceptions SET class = ?, invoice_numbers_json = ?, payment_ids_json = ?, currency = ?,
        amount_at_stake_minor = ?, total_minor = ?, billing_minor = ?, gateway_minor = ?, customer = ?, item_date = ?, period = ?,
        suggestion_score = ?, fingerprint = ?, updated_at = ?,
        state = CASE WHEN ? = 1 THEN 'open' ELSE state END,
        note = CASE WHEN ? = 1 THEN ? ELSE note END
      WHERE item_key = ?`);
    this.deleteStatement = raw.prepare('DELETE FROM exceptions WHERE item_key = ?');
  }

  insert(draft: ItemDraft, key: string, itemDate: string, note: string | null, now: string): void {
    this.insertStatement.run(key, ...values(draft, itemDate), 'open', note, now, now);
  }

  upsertLate(draft: ItemDraft, key: string, itemDate: string, note: string, now: string): void {
    this.upsertStatement.run(key, ...values(draft, itemDate), 'open', note, now, now);
  }

  update(draft: ItemDraft, note: string | null, reopen: boolean, now: string): void {
    const [cls, , , invoiceNumbers, paymentIds, ...rest] = values(draft, draft.itemDate);
    const flag = reopen ? 1 : 0;
    this.updateStatement.run(cls, invoiceNumbers, paymentIds, ...rest, now, flag, flag, note, draft.key);
  }

  delete(key: string): void {
    this.deleteStatement.run(key);
  }
}

/** class … fingerprint, in COLUMNS order after item_key. */
function values(draft: ItemDraft, itemDate: string): (string | number | null)[] {
  return [
    draft.class,
    draft.invoiceNumber,
    draft.paymentId,
    jsonList(draft.invoiceNumbers),
    jsonList(draft.paymentIds),
    draft.currency,
    draft.amountAtStakeMinor,
    draft.totalMinor,
    draft.billingMinor,
    draft.gatewayMinor,
    draft.customer,
    itemDate,
    itemDate.slice(0, 7),
    draft.suggestionScore,
    draft.fingerprint,
  ];
}

function jsonList(items: readonly string[]): string {
  return items.length === 0 ? '[]' : JSON.stringify(items);
}
