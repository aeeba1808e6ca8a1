import type { ReactNode } from 'react';
import type { ApiError } from '../../../../../shared/contract/errors';
import type { ClassTotal, ItemFilter, ReconClass, ReconSummary } from '../../../../../shared/contract/reconcile';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { formatCount } from '../../../lib/format-count';
import { classLabel } from '../class-text';
import { moneyText } from '../money-text';
import { RunControls } from './run-controls';
import { classRows } from './totals';

interface TotalsPanelProps {
  summary: ReconSummary | undefined;
  error: ApiError | null;
  onRetry: () => void;
  filter: ItemFilter;
  /** A class total was clicked: show that class alone, or all again. */
  onFocusClass: (cls: ReconClass) => void;
  now: number;
}

function AmountCell({ amountMinor, currency }: { amountMinor: number | undefined; currency: string }): ReactNode {
  if (amountMinor === undefined) return <td className="recon-num muted">—</td>;
  return <td className="recon-num">{moneyText(amountMinor, currency)}</td>;
}

/** Money at stake by class and currency for the current filter, with the last run above it. */
export function TotalsPanel({ summary, error, onRetry, filter, onFocusClass, now }: TotalsPanelProps): ReactNode {
  const focused = filter.classes?.length === 1 ? filter.classes[0] : undefined;
  return (
    <section aria-labelledby="recon-totals-heading" className="panel recon-totals">
      <h2 id="recon-totals-heading">Money at stake</h2>
      {error && <CallError error={error} doing="Loading the totals" onRetry={onRetry} />}
      {!summary && !error && <Loading what="totals" />}
      {summary && <RunControls lastRun={summary.lastRun} pending={summary.pending} now={now} />}
      {summary && summary.totals.length > 0 && <TotalsTable totals={summary.totals} focused={focused} onFocusClass={onFocusClass} />}
      {summary && summary.totals.length === 0 && summary.lastRun !== null && (
        <p className="lead">Nothing at stake for this filter.</p>
      )}
    </section>
  );
}

interface TotalsTableProps {
  totals: readonly ClassTotal[];
  focused: ReconClass | undefined;
  onFocusClass: (cls: ReconClass) => void;
}

function TotalsTable({ totals, focused, onFocusClass }: TotalsTableProps): ReactNode {
  const { rows, currencies, perCurrency } = classRows(totals);
  return (
    <table className="table recon-totals-table">
      <caption className="visually-hidden">Money at stake by class and currency; choose a class to list it alone</caption>
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col" className="recon-num">
            Items
          </th>
          {currencies.map((currency) => (
            <th key={currency} scope="col" className="recon-num">
              {currency}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.cls}>
            <th scope="row">
              <button
                type="button"
                className="recon-class-button"
                aria-pressed={focused === row.cls}
                title={focused === row.cls ? 'Show every class again' : `List ${classLabel(row.cls)} alone`}
                onClick={() => onFocusClass(row.cls)}
              >
                {classLabel(row.cls)} <span className="recon-class-name">{row.cls}</span>
              </button>
            </th>
            <td className="recon-num">{formatCount(row.count)}</td>
            {currencies.map((currency) => (
              <AmountCell key={currency} amountMinor={row.byCurrency.get(currency)} currency={currency} />
            ))}
          </tr>
        ))}
      </tbody>
      {rows.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">All shown, per currency</th>
            <td className="recon-num">{formatCount(rows.reduce((sum, row) => sum + row.count, 0))}</td>
            {currencies.map((currency) => (
              <AmountCell key={currency} amountMinor={perCurrency.get(currency)} currency={currency} />
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
