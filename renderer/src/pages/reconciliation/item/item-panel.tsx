import type { ReactNode } from 'react';
import type { ItemDetail, ReconItem } from '../../../../../shared/contract/reconcile';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { useNow } from '../../../lib/use-now';
import { canPostToBilling, canResendEvents, itemSearch, rowsOfKind } from '../../retransmissions/item-outbox';
import { ItemPostings } from '../../retransmissions/item-postings';
import { classAdvice, classLabel, stateLabel } from '../class-text';
import { readOnlyReason, suggestionDecision, unmatchablePairs } from './decisions';
import { DifferenceView } from './difference-view';
import { itemReference } from '../list/grid-row';
import { HistoryList } from './history-list';
import { ItemActions } from './item-actions';
import { withShortcut } from '../keyboard-map';
import { PostToBilling } from './post-to-billing';
import { InvoiceCard, PaymentCard } from './record-cards';
import { ResendEvent } from './resend-event';
import { SuggestionsList } from './suggestions-list';
import type { Workbench } from '../use-workbench';

function SideBySide({ wb, detail }: { wb: Workbench; detail: ItemDetail }): ReactNode {
  const linked = new Set(unmatchablePairs(detail).map((pair) => pair.paymentId));
  const canChange = readOnlyReason(detail.item) === null && !wb.busy;
  return (
    <div className="recon-sides">
      <section aria-labelledby="recon-billing-side" className="recon-side">
        <h3 id="recon-billing-side">Billing: invoice{detail.invoices.length === 1 ? '' : 's'}</h3>
        {detail.invoices.length === 0 && <p className="muted">No invoice: this payment points to none.</p>}
        {detail.invoices.map((invoice) => (
          <InvoiceCard key={invoice.number} invoice={invoice} />
        ))}
      </section>
      <section aria-labelledby="recon-gateway-side" className="recon-side">
        <h3 id="recon-gateway-side">Gateway: payment{detail.payments.length === 1 ? '' : 's'}</h3>
        {detail.payments.length === 0 && <p className="muted">No gateway payment is linked.</p>}
        {detail.payments.map((payment) => (
          <PaymentCard
            key={payment.id}
            payment={payment}
            onUnmatch={canChange && linked.has(payment.id) ? () => wb.setForm({ kind: 'unmatch', paymentId: payment.id }) : null}
          />
        ))}
      </section>
    </div>
  );
}

/** What the item sent through the outbox (postings to billing, events to the webhook) and the actions that send. */
function ItemRetransmission({ item }: { item: ReconItem }): ReactNode {
  const sent = useCall('outbox.forItem', { key: item.key });
  const now = useNow();
  const rows = sent.data ?? [];
  const canPost = canPostToBilling(item);
  const canResend = canResendEvents(item);
  if (!canPost && !canResend && rows.length === 0 && !sent.error) return null;
  return (
    <section aria-labelledby="recon-outbox-heading" className="recon-section recon-posting">
      <h3 id="recon-outbox-heading">Retransmission</h3>
      {canPost && <PostToBilling item={item} postings={rowsOfKind(rows, 'billing_payment')} />}
      {canResend && <ResendEvent item={item} events={rowsOfKind(rows, 'webhook_event')} />}
      {sent.error && <CallError error={sent.error} doing="Loading what this item sent" onRetry={() => void sent.refetch()} />}
      {rows.length > 0 && <ItemPostings rows={rows} search={itemSearch(item)} now={now} />}
    </section>
  );
}

function ItemHeader({ item, onClose }: { item: ReconItem; onClose: () => void }): ReactNode {
  return (
    <header className="recon-item-header">
      <h2 id="recon-item-heading" className="mono">
        {itemReference(item)}
      </h2>
      <span className={`badge recon-class-badge recon-class-${item.class}`}>
        {classLabel(item.class)} · {item.class}
      </span>
      <span className={`badge recon-state-${item.state}`}>{stateLabel(item.state)}</span>
      <button type="button" className="button button-small recon-close" title={withShortcut('Close', 'close')} onClick={onClose}>
        Close
      </button>
    </header>
  );
}

/** The item under the cursor, side by side: billing left, gateway right, the difference between. */
export function ItemPanel({ wb, item }: { wb: Workbench; item: ReconItem }): ReactNode {
  const detail = useCall('recon.item', { key: item.key });
  const shown = detail.data?.item ?? item;
  const close = (): void => {
    wb.setDetailOpen(false);
    wb.setForm(null);
    wb.focusGrid();
  };
  return (
    <section aria-labelledby="recon-item-heading" className="panel recon-item">
      <ItemHeader item={shown} onClose={close} />
      {shown.note !== null && <p className="recon-note">{shown.note}</p>}
      {shown.resolutionReason !== null && (
        <p>
          {stateLabel(shown.state)} because: <q className="recon-reason">{shown.resolutionReason}</q>
        </p>
      )}
      <p className="recon-advice">
        <span className="advice-label">What to do: </span>
        {classAdvice(shown.class)}
      </p>
      <DifferenceView item={shown} />
      {detail.isPending && <Loading what="both sides" />}
      {detail.error && <CallError error={detail.error} doing="Loading the item" onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <>
          <ItemActions wb={wb} detail={detail.data} />
          <ItemRetransmission item={shown} />
          <SideBySide wb={wb} detail={detail.data} />
          <SuggestionsList
            suggestions={detail.data.suggestions}
            disabledWhy={readOnlyReason(shown) ?? (wb.busy ? 'A decision is being saved' : null)}
            onConfirm={(suggestion) => wb.decide(shown, suggestionDecision(shown, suggestion, 'confirm'))}
            onReject={(suggestion) => wb.decide(shown, suggestionDecision(shown, suggestion, 'reject'))}
          />
          <HistoryList history={detail.data.history} />
        </>
      )}
    </section>
  );
}
