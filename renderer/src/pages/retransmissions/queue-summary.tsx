import type { ReactNode } from 'react';
import { OUTBOX_STATES, type OutboxFilter, type OutboxSummary } from '../../../../shared/contract/outbox';
import { FailureClass } from '../../../../shared/domain/failure-class';
import { formatCount } from '../../lib/format-count';
import { formatAbsolute } from '../../lib/relative-time';
import { attentionByClass, countByState } from './outbox-counts';
import { failureClassHint, failureClassLabel, outboxStateHint, outboxStateLabel } from './outbox-text';
import { formatDue } from './outbox-time';
import { focusClass, focusState, isClassFocused, isStateFocused } from './queue-filter';

interface QueueSummaryProps {
  summary: OutboxSummary;
  filter: OutboxFilter;
  onFilter: (filter: OutboxFilter) => void;
  now: number;
}

/** The queue at a glance: rows per state, what is failing and why, and when the next retry goes out. */
export function QueueSummary({ summary, filter, onFilter, now }: QueueSummaryProps): ReactNode {
  const byState = countByState(summary.counts);
  const byClass = attentionByClass(summary.counts);
  return (
    <section aria-labelledby="outbox-summary-heading" className="panel outbox-summary">
      <h2 id="outbox-summary-heading">Queue</h2>
      <p className="outbox-next-retry">
        {summary.nextAttemptAt === null ? (
          'No automatic retry is scheduled.'
        ) : (
          <>
            Next automatic retry:{' '}
            <time dateTime={summary.nextAttemptAt} title={formatAbsolute(summary.nextAttemptAt)}>
              {formatDue(summary.nextAttemptAt, now)}
            </time>
          </>
        )}
      </p>
      <ul className="outbox-counts" aria-label="Postings by state; choose one to list it alone">
        {OUTBOX_STATES.map((state) => (
          <li key={state}>
            <button
              type="button"
              className={`outbox-count outbox-state-${state}`}
              aria-pressed={isStateFocused(filter, state)}
              title={outboxStateHint(state, 'any')}
              onClick={() => onFilter(focusState(filter, state))}
            >
              <span className="outbox-count-number">{formatCount(byState[state])}</span> {outboxStateLabel(state)}
            </button>
          </li>
        ))}
      </ul>
      <ul className="outbox-counts" aria-label="Failed and dead postings by failure class; choose one to list it alone">
        {FailureClass.options.map((cls) => (
          <li key={cls}>
            <button
              type="button"
              className="outbox-count"
              aria-pressed={isClassFocused(filter, cls)}
              aria-describedby={`outbox-class-hint-${cls}`}
              onClick={() => onFilter(focusClass(filter, cls))}
            >
              <span className="outbox-count-number">{formatCount(byClass[cls])}</span> {failureClassLabel(cls, 'any')}
            </button>
            <span id={`outbox-class-hint-${cls}`} className="hint outbox-class-hint">
              {failureClassHint(cls, 'any')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
