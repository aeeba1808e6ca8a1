import { useEffect, useRef, type ReactNode } from 'react';
import type { OutboxId, OutboxRow } from '../../../../shared/contract/outbox';
import { formatMoney } from '../../../../shared/money';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { formatAbsolute } from '../../lib/relative-time';
import { AttemptHistory } from './attempt-history';
import { EndpointProblem } from './endpoint-problem';
import { detailTitle, kindLabel } from './outbox-kind';
import { failureClassHint, failureClassLabel, outboxStateHint, outboxStateLabel } from './outbox-text';
import { nextRetryText } from './outbox-time';

/** The gateway event a webhook row re-sends; its id is known once the first attempt has fetched it. */
function EventFacts({ row }: { row: OutboxRow }): ReactNode {
  return (
    <>
      <dt>Event</dt>
      <dd>
        <span className="mono">{row.eventType ?? 'unknown type'}</span>{' '}
        {row.eventId === null ? (
          <span className="muted">(its id is found at the gateway by the first attempt)</span>
        ) : (
          <span className="mono">{row.eventId}</span>
        )}
      </dd>
    </>
  );
}

function RowFacts({ row, now }: { row: OutboxRow; now: number }): ReactNode {
  return (
    <dl className="facts">
      <dt>Kind</dt>
      <dd>{kindLabel(row.kind)}</dd>
      <dt>Invoice</dt>
      <dd className="mono">{row.invoiceNumber ?? <span className="muted">none: the payment pays no invoice</span>}</dd>
      <dt>Payment</dt>
      <dd className="mono">{row.paymentId}</dd>
      {row.kind === 'webhook_event' && <EventFacts row={row} />}
      <dt>Amount</dt>
      <dd>{formatMoney({ amountMinor: row.amountMinor, currency: row.currency })}</dd>
      <dt>State</dt>
      <dd>
        {outboxStateLabel(row.state)} <span className="muted">({outboxStateHint(row.state, row.kind)})</span>
      </dd>
      <dt>Attempts</dt>
      <dd>
        {row.attempts} of at most {row.maxAttempts}
      </dd>
      {row.failureClass !== null && (
        <>
          <dt>Failure class</dt>
          <dd>
            {failureClassLabel(row.failureClass, row.kind)} <span className="muted">({failureClassHint(row.failureClass, row.kind)})</span>
          </dd>
        </>
      )}
      {row.lastError !== null && (
        <>
          <dt>Last error</dt>
          <dd>{row.lastError}</dd>
        </>
      )}
      <dt>Next retry</dt>
      <dd>{nextRetryText(row, now)}</dd>
      {row.billingPaymentId !== null && (
        <>
          <dt>Billing payment</dt>
          <dd className="mono">{row.billingPaymentId}</dd>
        </>
      )}
      <dt>Paid on</dt>
      <dd>{row.paidOn}</dd>
      <dt>Idempotency key</dt>
      <dd className="mono">{row.idempotencyKey}</dd>
      <dt>Queued</dt>
      <dd>
        {formatAbsolute(row.createdAt)} by {row.createdBy}
      </dd>
    </dl>
  );
}

function isWaiting(row: OutboxRow): boolean {
  return row.state === 'pending' || row.state === 'failed' || row.state === 'dead';
}

/** Why a waiting event does not go out, when the endpoint or its secret is missing. */
function WebhookReadiness(): ReactNode {
  const endpoint = useCall('webhook.get', {});
  return endpoint.data === undefined ? null : <EndpointProblem endpoint={endpoint.data} />;
}

/** One row with its attempts; Esc or Close hands focus back to the row it was opened from. */
export function OutboxDetail({ id, now, onClose }: { id: OutboxId; now: number; onClose: () => void }): ReactNode {
  const detail = useCall('outbox.detail', { id });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [id]);
  const row = detail.data?.row;
  return (
    <section
      aria-labelledby="outbox-detail-heading"
      className="panel outbox-detail"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="recon-item-header">
        <h2 id="outbox-detail-heading" ref={heading} tabIndex={-1} className="mono">
          {row === undefined ? `Posting ${id}` : detailTitle(row)}
        </h2>
        <button type="button" className="button button-small recon-close" onClick={onClose}>
          Close
        </button>
      </header>
      {detail.isPending && <Loading what="the attempt history" />}
      {detail.error && <CallError error={detail.error} doing="Loading the posting" onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <>
          <RowFacts row={detail.data.row} now={now} />
          {detail.data.row.kind === 'webhook_event' && isWaiting(detail.data.row) && <WebhookReadiness />}
          <AttemptHistory kind={detail.data.row.kind} attempts={detail.data.attempts} now={now} />
        </>
      )}
    </section>
  );
}
