import type { ReactNode } from 'react';
import type { AlertRow } from '../../../../shared/contract/alerts';
import { formatAbsolute, formatClock } from '../../lib/relative-time';

/** "Acknowledged by Dana, 3 Mar, 14:32" or "Snoozed until 4 Mar, 02:32 by Dana, …": who handled it, when, and why. */
export function HandledAlert({ alert, now }: { alert: AlertRow; now: number }): ReactNode {
  const at = (instant: string): ReactNode => (
    <time dateTime={instant} title={formatAbsolute(instant)}>
      {formatClock(instant, now)}
    </time>
  );
  const by = alert.handledBy ?? 'someone';
  return (
    <li className="alert-handled">
      <p className="alert-summary">{alert.summary}</p>
      <p className="alert-seen">
        {alert.state === 'snoozed' && alert.snoozedUntil !== null ? (
          <>Snoozed until {at(alert.snoozedUntil)} by {by}</>
        ) : (
          <>Acknowledged by {by}</>
        )}
        {alert.handledAt !== null && <>, {at(alert.handledAt)}</>}
        {alert.note !== null && alert.note !== '' && <>: “{alert.note}”</>}
      </p>
    </li>
  );
}
