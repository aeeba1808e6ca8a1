import { useState, type ReactNode } from 'react';
import type { AlertRow } from '../../../../shared/contract/alerts';
import { CallError } from '../../components/call-error';
import { formatCount } from '../../lib/format-count';
import { formatAbsolute, formatClock } from '../../lib/relative-time';
import { alertHref } from './alert-links';
import { SnoozeForm } from './snooze-form';
import { useAlertAction } from './use-alert-action';

function Seen({ alert, now }: { alert: AlertRow; now: number }): ReactNode {
  const at = (instant: string): ReactNode => (
    <time dateTime={instant} title={formatAbsolute(instant)}>
      {formatClock(instant, now)}
    </time>
  );
  if (alert.seenCount === 1) return <p className="alert-seen">Seen {at(alert.firstSeenAt)}</p>;
  return (
    <p className="alert-seen">
      First seen {at(alert.firstSeenAt)}, last seen {at(alert.lastSeenAt)}, {formatCount(alert.seenCount)} times in all
    </p>
  );
}

/** An open alert: what departed and how far, where to look, and the two ways to handle it. */
export function AlertCard({ alert, now }: { alert: AlertRow; now: number }): ReactNode {
  const acknowledge = useAlertAction('alerts.acknowledge');
  const [snoozing, setSnoozing] = useState(false);
  const href = alertHref(alert);
  return (
    <article aria-label={alert.label} className="alert-card">
      <p className="alert-summary">{alert.summary}</p>
      <Seen alert={alert} now={now} />
      <div className="card-actions">
        {href !== null && (
          <a href={href} aria-label={`Show the list: ${alert.label}`}>
            Show the list
          </a>
        )}
        <button type="button" className="button button-small" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate({ id: alert.id })}>
          Acknowledge
        </button>
        <button type="button" className="button button-small" aria-expanded={snoozing} onClick={() => setSnoozing(!snoozing)}>
          Snooze…
        </button>
      </div>
      {acknowledge.error && <CallError error={acknowledge.error} doing="Acknowledging the alert" />}
      {snoozing && <SnoozeForm alert={alert} onClose={() => setSnoozing(false)} />}
    </article>
  );
}
