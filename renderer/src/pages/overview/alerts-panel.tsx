import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { useNow } from '../../lib/use-now';
import { AlertCard } from './alert-card';
import { HandledAlert } from './handled-alert';
import { NotificationSwitch } from './notification-switch';

/** Metrics that departed from their usual range: the open ones first, handled ones folded away. */
export function AlertsPanel(): ReactNode {
  const alerts = useCall('alerts.list', { filter: {} });
  const now = useNow(30_000);
  const open = alerts.data?.filter((alert) => alert.state === 'open') ?? [];
  const handled = alerts.data?.filter((alert) => alert.state !== 'open') ?? [];
  return (
    <section aria-labelledby="overview-alerts" className="panel overview-alerts">
      <h2 id="overview-alerts">Alerts</h2>
      <NotificationSwitch />
      {alerts.isPending && <Loading what="alerts" />}
      {alerts.error && <CallError error={alerts.error} doing="Loading alerts" onRetry={() => void alerts.refetch()} />}
      {alerts.data && open.length === 0 && <p className="lead">No open alerts: every watched metric is within its usual range.</p>}
      {open.length > 0 && (
        <ul className="alert-list" aria-label="Open alerts">
          {open.map((alert) => (
            <li key={alert.id}>
              <AlertCard alert={alert} now={now} />
            </li>
          ))}
        </ul>
      )}
      {handled.length > 0 && (
        <details className="alert-handled-list">
          <summary>Handled ({handled.length})</summary>
          <ul className="alert-list" aria-label="Handled alerts">
            {handled.map((alert) => (
              <HandledAlert key={alert.id} alert={alert} now={now} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
