import type { ReactNode } from 'react';
import type { TransmissionFailure } from '../../../../shared/contract/connectors';
import { adviceFor, failureClassText } from './connector-text';
import { TimeAgo } from './time-ago';

interface LastFailureProps {
  failure: TransmissionFailure;
  /** Whether the connector is failing now; an old failure needs no advice. */
  current: boolean;
  now: number;
}

export function LastFailure({ failure, current, now }: LastFailureProps): ReactNode {
  return (
    <div className={current ? 'last-failure last-failure-current' : 'last-failure'}>
      <h3>{current ? 'Last error' : 'Last error (resolved since)'}</h3>
      <dl className="facts">
        <dt>Class</dt>
        <dd>{failureClassText(failure.failureClass)}</dd>
        <dt>Endpoint</dt>
        <dd className="mono">{failure.endpoint}</dd>
        <dt>HTTP status</dt>
        <dd>{failure.httpStatus === null ? 'No response' : failure.httpStatus}</dd>
        <dt>Message</dt>
        <dd>{failure.message}</dd>
        <dt>When</dt>
        <dd>
          <TimeAgo at={failure.occurredAt} now={now} />
        </dd>
      </dl>
      {current && (
        <p className="advice">
          <span className="advice-label">What to do: </span>
          {adviceFor(failure.failureClass)}
        </p>
      )}
    </div>
  );
}
