import { ApiError } from '../../../shared/contract/errors';
import type { ItemDetail } from '../../../shared/contract/reconcile';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { PostingRequest } from './queue-posting';

export interface PostingTarget {
  connectorId: string;
  accountCode: string;
}

/**
 * What "Post to billing" sends for an unposted_payment item: each linked gateway payment billing
 * has not recorded (no billing payment carries its id or charge id as reference), for its share
 * of the invoice, never more in all than the invoice still has due.
 */
export function postingsForItem(db: Database, detail: ItemDetail, target: PostingTarget): PostingRequest[] {
  const { item } = detail;
  if (item.class !== 'unposted_payment') {
    throw new ApiError('conflict', `Only an unposted payment can be posted to billing; ${item.key} is ${item.class.replaceAll('_', ' ')}.`);
  }
  if (item.state !== 'open') throw new ApiError('conflict', `${item.key} is ${item.state}; reopen it before posting.`);
  if (item.sealed) throw new ApiError('conflict', `${item.key} belongs to a closed month and is read-only.`);
  const [invoice] = detail.invoices;
  if (!invoice || detail.invoices.length !== 1) throw new ApiError('conflict', `${item.key} does not name one invoice to post to.`);
  const stored = db.get<{ external_id: string | null }>(sql`SELECT external_id FROM invoices WHERE number = ${invoice.number}`);

  const recordedReferences = new Set(invoice.billingPayments.map((payment) => payment.reference).filter((reference) => reference !== null));
  let due = invoice.amountDueMinor;
  const postings: PostingRequest[] = [];
  for (const payment of detail.payments) {
    if (!payment.link || payment.currency !== invoice.currency) continue;
    if (recordedReferences.has(payment.id) || (payment.chargeId !== null && recordedReferences.has(payment.chargeId))) continue;
    const amountMinor = Math.min(payment.link.allocatedMinor, due);
    if (amountMinor <= 0) continue;
    due -= amountMinor;
    postings.push({
      connectorId: target.connectorId,
      invoiceNumber: invoice.number,
      invoiceExternalId: stored?.external_id ?? null,
      accountCode: target.accountCode,
      paidOn: payment.createdAt.slice(0, 10),
      amountMinor,
      currency: invoice.currency,
      reference: payment.id,
      itemKey: item.key,
    });
  }
  if (postings.length === 0) throw new ApiError('conflict', `Every payment linked to ${invoice.number} is already recorded in billing, or nothing is due.`);
  return postings;
}
