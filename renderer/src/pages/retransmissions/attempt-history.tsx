import type { ReactNode } from 'react';
import type { OutboxAttempt } from '../../../../shared/contract/outbox';
import { formatAbsolute, formatSince } from '../../lib/relative-time';
import { attemptOutcomeLabel, failureClassHint, failureClassLabel } from './outbox-text';

function AttemptEntry({ attempt, now }: { attempt: OutboxAttempt; now: number }): ReactNode {
  const tone = attempt.outcome === 'posted' || attempt.outcome === 'already_recorded' ? 'tone-good' : attempt.outcome === 'failed' ? 'tone-bad' : 'tone-neutral';
  return (
    <li className="outbox-attempt">
      <p className="outbox-attempt-head">
        <strong>Attempt {attempt.attempt}</strong> ·{' '}
        <time dateTime={attempt.startedAt} title={formatAbsolute(attempt.startedAt)}>
          {formatSince(attempt.startedAt, now)}
        </time>{' '}
        · <span className={tone}>{attemptOutcomeLabel(attempt.outcome)}</span>
        {attempt.failureClass !== null && (
          <>
            {' '}
            · <span title={failureClassHint(attempt.failureClass)}>{failureClassLabel(attempt.failureClass)}</span>
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

/** Every try at a posting, newest last, with what was asked of billing and what it answered. */
export function AttemptHistory({ attempts, now }: { attempts: readonly OutboxAttempt[]; now: number }): ReactNode {
  return (
    <section aria-labelledby="outbox-attempts-heading" className="recon-section">
      <h3 id="outbox-attempts-heading">Attempt history</h3>
      {attempts.length === 0 ? (
        <p className="muted">Not sent yet: the first attempt checks billing before posting.</p>
      ) : (
        <ol className="outbox-attempts">
          {[...attempts]
            .sort((a, b) => a.attempt - b.attempt)
            .map((attempt) => (
              <AttemptEntry key={attempt.attempt} attempt={attempt} now={now} />
            ))}
        </ol>
      )}
    </section>
  );
}
