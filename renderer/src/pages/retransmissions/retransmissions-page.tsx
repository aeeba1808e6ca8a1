import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { EmptyState } from '../../components/empty-state';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useNow } from '../../lib/use-now';
import '../../styles/retransmissions.css';
import { BulkActions } from './bulk-actions';
import { EmptyQueue } from './empty-queue';
import { totalCount } from './outbox-counts';
import { OutboxDetail } from './outbox-detail';
import { filterFromHash, isFilterEmpty } from './queue-filter';
import { QueueFilters } from './queue-filters';
import { QueuePager } from './queue-pager';
import { openButtonId } from './queue-row';
import { QueueSummary } from './queue-summary';
import { QueueTable } from './queue-table';
import { PAGE_SIZE, useQueue, type Queue } from './use-queue';

/** The page of rows the filter matches, or the honest reason there is none. */
function QueueList({ queue, now }: { queue: Queue; now: number }): ReactNode {
  const list = useCall('outbox.list', { filter: queue.filter, offset: queue.offset, limit: PAGE_SIZE });
  if (list.error) return <CallError error={list.error} doing="Loading the queue" onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Loading what="the queue" />;
  const { total, rows } = list.data;
  if (total === 0) {
    return (
      <EmptyState>
        <p>{isFilterEmpty(queue.filter) ? 'The queue is empty.' : 'No postings match this filter.'}</p>
        {!isFilterEmpty(queue.filter) && (
          <button type="button" className="button" onClick={() => queue.setFilter({})}>
            Clear filters
          </button>
        )}
      </EmptyState>
    );
  }
  return (
    <>
      <BulkActions queue={queue} total={total} />
      {rows.length === 0 ? (
        // The rows of this page were acted on or moved on since it was opened.
        <p>
          Nothing left on this page.{' '}
          <button type="button" className="button button-small" onClick={() => queue.setOffset(0)}>
            Go to the first page
          </button>
        </p>
      ) : (
        <QueueTable queue={queue} rows={rows} now={now} />
      )}
      <QueuePager offset={queue.offset} shown={rows.length} total={total} pageSize={PAGE_SIZE} onOffset={queue.setOffset} />
    </>
  );
}

/**
 * Postings to billing and events re-sent to the webhook endpoint: what waits, what failed and why,
 * with its attempts, and the actions that push it through.
 */
export function RetransmissionsPage(): ReactNode {
  // A link from a reconciliation item opens the page searching for its invoice (or its payment);
  // one from the overview, in the state it was counted in.
  const queue = useQueue(filterFromHash(window.location.hash));
  const summary = useCall('outbox.summary', {});
  const now = useNow();
  const closeDetail = (): void => {
    const from = queue.openId;
    queue.setOpenId(null);
    if (from !== null) document.getElementById(openButtonId(from))?.focus();
  };
  return (
    <Page title="Retransmissions">
      <div className="outbox-page">
        {summary.error && <CallError error={summary.error} doing="Loading the queue" onRetry={() => void summary.refetch()} />}
        {summary.isPending && <Loading what="the queue" />}
        {summary.data && totalCount(summary.data.counts) === 0 && <EmptyQueue />}
        {summary.data && totalCount(summary.data.counts) > 0 && (
          <>
            <QueueSummary summary={summary.data} filter={queue.filter} onFilter={queue.setFilter} now={now} />
            <QueueFilters filter={queue.filter} onApply={queue.setFilter} />
            <p role="status" className="outbox-notice">
              {queue.notice ?? ''}
            </p>
            {queue.error && <CallError error={queue.error} doing="Acting on the postings" />}
            <QueueList queue={queue} now={now} />
            {queue.openId !== null && <OutboxDetail key={queue.openId} id={queue.openId} now={now} onClose={closeDetail} />}
          </>
        )}
      </div>
    </Page>
  );
}
