import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { plural } from '../../lib/format-count';

/** The number of open alerts, beside "Overview" in the navigation; nothing when there are none. */
export function OpenAlertCount(): ReactNode {
  const alerts = useCall('alerts.list', { filter: { states: ['open'] } });
  const count = alerts.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <span className="nav-count" title={plural(count, 'open alert', 'open alerts')}>
      {count}
      <span className="visually-hidden"> {count === 1 ? 'open alert' : 'open alerts'}</span>
    </span>
  );
}
