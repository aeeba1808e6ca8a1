import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReconSummary } from '../../../../shared/contract/reconcile';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { formatCount, plural } from '../../lib/format-count';
import { classLabel } from '../reconciliation/class-text';
import { reconciliationHref } from '../reconciliation/filters/filter-hash';
import { moneyText } from '../reconciliation/money-text';
import { classRows, type TotalsGrid } from '../reconciliation/totals/totals';
import { ChartFigure } from './chart-figure';
import { followHref } from './follow-href';

function summaryOf(summary: ReconSummary, grid: TotalsGrid): string {
  if (summary.lastRun === null) return 'Not reconciled yet: the exceptions show once the first reconciliation has run.';
  const open = grid.rows.reduce((sum, row) => sum + row.count, 0);
  if (open === 0) return 'No open exceptions: both sides agree.';
  return `${plural(open, 'open exception', 'open exceptions')} in ${plural(grid.rows.length, 'class', 'classes')}. Money at stake is per currency, never added across currencies. Choose a class for its list.`;
}

/** Open exceptions by class (counts drawn), with the money at stake in each currency beside them. */
export function ExceptionsChart(): ReactNode {
  // The Reconciliation page's default: open items of every exception class.
  const summary = useCall('recon.summary', { filter: {} });
  if (summary.isPending) return <Loading what="exceptions" />;
  if (summary.error) return <CallError error={summary.error} doing="Loading exceptions" onRetry={() => void summary.refetch()} />;
  const grid = classRows(summary.data.totals);
  const bars = grid.rows.map((row) => ({ cls: row.cls, label: classLabel(row.cls), count: row.count }));
  return (
    <ChartFigure
      title="Exceptions by class"
      wide
      summary={summaryOf(summary.data, grid)}
      plot={
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#d9dee5" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 11 }} width={160} />
          <Tooltip isAnimationActive={false} />
          <Bar
            dataKey="count"
            name="Open items"
            fill="#0072b2"
            isAnimationActive={false}
            onClick={(_bar, index) => {
              const bar = bars[index];
              if (bar) followHref(reconciliationHref({ class: bar.cls }));
            }}
          />
        </BarChart>
      }
    >
      {grid.rows.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Open exceptions and money at stake by class and currency; choose a class for its list</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col" className="overview-num">
                Items
              </th>
              {grid.currencies.map((currency) => (
                <th key={currency} scope="col" className="overview-num">
                  {currency}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.cls}>
                <th scope="row">
                  <a href={reconciliationHref({ class: row.cls })}>{classLabel(row.cls)}</a>
                </th>
                <td className="overview-num">{formatCount(row.count)}</td>
                {grid.currencies.map((currency) => {
                  const amount = row.byCurrency.get(currency);
                  return (
                    <td key={currency} className={amount === undefined ? 'overview-num muted' : 'overview-num'}>
                      {amount === undefined ? '—' : moneyText(amount, currency)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartFigure>
  );
}
