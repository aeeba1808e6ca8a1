import { ApiError } from '../../../../shared/contract/errors';
import type { Decision } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { sql } from '../../db/sql';
import type { LinkBefore, LinkRow } from './decision-log';

type LinkDecision = Extract<Decision, { kind: 'confirm' | 'reject' | 'match' | 'unmatch' }>;

const LINK_STATE = { confirm: 'active', match: 'active', reject: 'rejected', unmatch: 'removed' } as const;

/**
 * Writes a person's decision about one invoice–payment pair into match_links, where it outlives
 * every re-run. Returns the row as it was, for Undo.
 */
export function writeLinkDecision(db: Database, decision: LinkDecision, actor: string, at: Date): LinkBefore {
  const { invoiceNumber, paymentId } = decision;
  if (!db.get(sql`SELECT 1 FROM invoices WHERE number = ${invoiceNumber}`)) throw new ApiError('not_found', `There is no invoice ${invoiceNumber}.`);
  if (!db.get(sql`SELECT 1 FROM payments WHERE id = ${paymentId}`)) throw new ApiError('not_found', `There is no payment ${paymentId}.`);
  const before = db.get<LinkRow>(
    sql`SELECT origin, state, decided_by, decided_at, reason, created_at FROM match_links WHERE invoice_number = ${invoiceNumber} AND payment_id = ${paymentId}`,
  );
  const origin = decision.kind === 'match' ? 'manual' : decision.kind === 'unmatch' ? (before?.origin ?? 'manual') : 'suggestion';
  const reason = 'reason' in decision ? (decision.reason ?? null) : null;
  const when = at.toISOString();
  db.run(sql`INSERT INTO match_links (invoice_number, payment_id, origin, state, decided_by, decided_at, reason, created_at)
             VALUES (${invoiceNumber}, ${paymentId}, ${origin}, ${LINK_STATE[decision.kind]}, ${actor}, ${when}, ${reason}, ${when})
             ON CONFLICT (invoice_number, payment_id) DO UPDATE SET origin = excluded.origin, state = excluded.state,
               decided_by = excluded.decided_by, decided_at = excluded.decided_at, reason = excluded.reason`);
  return { invoiceNumber, paymentId, row: before ?? null };
}

export function restoreLink(db: Database, before: LinkBefore): void {
  const { invoiceNumber, paymentId, row } = before;
  if (!row) {
    db.run(sql`DELETE FROM match_links WHERE invoice_number = ${invoiceNumber} AND payment_id = ${paymentId}`);
    return;
  }
  db.run(sql`UPDATE match_links SET origin = ${row.origin}, state = ${row.state}, decided_by = ${row.decided_by},
               decided_at = ${row.decided_at}, reason = ${row.reason}
             WHERE invoice_number = ${invoiceNumber} AND payment_id = ${paymentId}`);
}
