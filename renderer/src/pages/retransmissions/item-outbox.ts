import type { OutboxKind, OutboxRow } from '../../../../shared/contract/outbox';
import type { ReconClass, ReconItem } from '../../../../shared/contract/reconcile';

type Actionable = Pick<ReconItem, 'class' | 'state' | 'sealed' | 'paymentIds'>;

/** An open item of a closed period is read-only: nothing is sent from it. */
function workable(item: Actionable): boolean {
  return item.state === 'open' && !item.sealed;
}

/** "Payment not in billing" is the one class whose fix is to record the payment in billing. */
export function canPostToBilling(item: Actionable): boolean {
  return workable(item) && item.class === 'unposted_payment';
}

/**
 * The classes where the merchant's own system may have missed the gateway's "payment succeeded"
 * event: paid at the gateway, never completed on the merchant's side (the customer closed the
 * pop-up), so no invoice points to the payment, or billing never heard of it.
 */
const EVENT_RESEND_CLASSES: readonly ReconClass[] = ['orphan_payment', 'unposted_payment'];

export function canResendEvents(item: Actionable): boolean {
  return workable(item) && EVENT_RESEND_CLASSES.includes(item.class) && item.paymentIds.length > 0;
}

export function rowsOfKind(rows: readonly OutboxRow[], kind: OutboxKind): OutboxRow[] {
  return rows.filter((row) => row.kind === kind);
}

/** What the item's link to Retransmissions searches for: its invoice, or its payment when it has none. */
export function itemSearch(item: Pick<ReconItem, 'invoiceNumber' | 'paymentId' | 'paymentIds'>): string | undefined {
  return item.invoiceNumber ?? item.paymentId ?? item.paymentIds[0];
}
