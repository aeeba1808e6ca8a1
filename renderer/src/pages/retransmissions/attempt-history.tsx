import type { ReactNode } from 'react';
import type { OutboxAttempt, OutboxKind } from '../../../../shared/contract/outbox';
import { formatAbsolute, formatSince } from '../../lib/relative-time';
import { firstStep } from './outbox-kind';
import { attemptOutcomeLabel, failureClassHint, failureClassLabel } from './outbox-text';

function AttemptEntry({ kind, attempt, now }: { kind: OutboxKind; attempt: OutboxAttempt; now: number }): ReactNode {
  const tone = attempt.outcome === 'posted' || attempt.outcome === 'already_recorded' ? 'tone-good' : attempt.outcome === 'failed' ? 'tone-bad' : 'tone-neutral';
  return (
    <li className="outbox-attempt">
      <p className="outbox-attempt-head">
        <strong>Attempt {attempt.attempt}</strong> ·{' '}
        <time dateTime={attempt.startedAt} title={formatAbsolute(attempt.startedAt)}>
          {formatSince(attempt.startedAt, now)}
        </time>{' '}
        · <span className={tone}>{attemptOutcomeLabel(attempt.outcome, kind)}</span>
        {attempt.failureClass !== null && (
          <>
            {' '}
            · <span title={failureClassHint(attempt.failureClass, kind)}>{failureClassLabel(attempt.failureClass, kind)}</span>
          </>
        )}
        {attempt.httpStatus !== null && <> · HTTP {attempt.httpStatus}</>}
      </p>
      {attempt.exchanges.length > 0 && (
        <ol className="outbox-exchanges" aria-label={`Requests of attempt ${attempt.attempt}`}>
          {attempt.exchanges.map((exchange, index) => (
            <li key={index} className="mono">
              {exchange.request} <span aria-hidden="true">→</span>
              <span className="visually-hidden">answered:</span> {exchange.response}
            </li>
          ))}
        </ol>
      )}
      {attempt.message !== null && <p className="outbox-attempt-message">{attempt.message}</p>}
    </li>
  );
}

interface AttemptHistoryProps {
  kind: OutboxKind;
  attempts: readonly OutboxAttempt[];
  now: number;
}

/** Every try at a row, newest last, with what was asked of the partner and what it answered. */
export function AttemptHistory({ kind, attempts, now }: AttemptHistoryProps): ReactNode {
  return (
    <section aria-labelledby="outbox-attempts-heading" className="recon-section">
      <h3 id="outbox-attempts-heading">Attempt history</h3>
      {attempts.length === 0 ? (
        <p className="muted">Not sent yet: {firstStep(kind)}.</p>
      ) : (
        <ol className="outbox-attempts">
          {[...attempts]
            .sort((a, b) => a.attempt - b.attempt)
            .map((attempt) => (
              <AttemptEntry key={attempt.attempt} kind={kind} attempt={attempt} now={now} />
            ))}
        </ol>
      )}
    </section>
  );
}
