import { useId, useState, type ReactNode } from 'react';
import type { Bridge, Period } from '../../../../../shared/contract/reconcile';
import { useCall } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { EmptyState } from '../../../components/empty-state';
import { Loading } from '../../../components/loading';
import { plural } from '../../../lib/format-count';
import { ExportButtons } from '../exports/export-buttons';
import { ClosePeriodForm } from './close-period-form';
import { CurrencyBridgeTable } from './currency-bridge-table';
import { bridgeStateText, itemCountOf, periodLabel } from './month-end-text';
import '../../../styles/month-end.css';

/** Month-end: pick a period, read its statement bridge per currency, close and seal it. */
export function MonthEndView(): ReactNode {
  const id = useId();
  const periods = useCall('recon.periods', {});
  const [picked, setPicked] = useState<Period | null>(null);

  if (periods.error) return <CallError error={periods.error} doing="Loading the periods" onRetry={() => void periods.refetch()} />;
  if (!periods.data) return <Loading what="periods" />;
  if (periods.data.length === 0) {
    return (
      <EmptyState>
        <p>No period has reconciliation results yet. Once gateway and billing data are reconciled, each month shows here.</p>
      </EmptyState>
    );
  }
  const period = picked ?? periods.data[0]?.period ?? null;
  return (
    <div className="month-end">
      <div className="month-end-toolbar">
        <div className="field month-end-period">
          <label htmlFor={`${id}-period`}>Period</label>
          <select id={`${id}-period`} value={period ?? ''} onChange={(event) => setPicked(event.target.value)}>
            {periods.data.map((entry) => (
              <option key={entry.period} value={entry.period}>
                {periodLabel(entry.period)} ({entry.period}) · {entry.state === 'closed' ? 'closed' : 'open'} ·{' '}
                {plural(entry.items, 'item', 'items')}
              </option>
            ))}
          </select>
        </div>
        {period && <ExportButtons request={{ what: 'bridge', period }} />}
      </div>
      {period && <PeriodBridge period={period} items={itemCountOf(periods.data, period)} />}
    </div>
  );
}

function PeriodBridge({ period, items }: { period: Period; items: number }): ReactNode {
  const bridge = useCall('recon.bridge', { period });
  if (bridge.error) return <CallError error={bridge.error} doing="Computing the bridge" onRetry={() => void bridge.refetch()} />;
  if (!bridge.data) return <Loading what="the bridge" />;
  return <BridgeView bridge={bridge.data} items={items} />;
}

function BridgeView({ bridge, items }: { bridge: Bridge; items: number }): ReactNode {
  const name = periodLabel(bridge.period);
  const closed = bridge.state === 'closed';
  return (
    <>
      <div className={closed ? 'month-end-state month-end-sealed' : 'month-end-state'} role="status">
        <h2>
          {name} {closed && <span className="badge month-end-sealed-badge">Sealed</span>}
        </h2>
        <p>{bridgeStateText(bridge)}</p>
        {!closed && bridge.blockers.length > 0 && (
          <ul className="month-end-blockers">
            {bridge.blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="month-end-currencies">
        {bridge.currencies.map((currency) => (
          <CurrencyBridgeTable key={currency.currency} bridge={currency} periodName={name} sealed={closed} />
        ))}
      </div>
      {!closed && bridge.currencies.length > 0 && <ClosePeriodForm key={bridge.period} bridge={bridge} items={items} />}
    </>
  );
}
