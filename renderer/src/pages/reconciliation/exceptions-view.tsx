import { useRef, type ReactNode } from 'react';
import type { ReconSummary } from '../../../../shared/contract/reconcile';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { plural } from '../../lib/format-count';
import { useNow } from '../../lib/use-now';
import { ExportButtons } from './exports/export-buttons';
import { FilterBar } from './filters/filter-bar';
import { toggleClassFocus } from './filters/filter-form';
import { ItemPanel } from './item/item-panel';
import { withShortcut } from './keyboard-map';
import { BulkBar } from './list/bulk-bar';
import { EmptyList } from './list/empty-list';
import { ExceptionsGrid } from './list/exceptions-grid';
import { pickRange, togglePicked } from './list/selection';
import { ShortcutLegend } from './shortcut-legend';
import { TotalsPanel } from './totals/totals-panel';
import { useCommands } from './use-commands';
import { useShortcuts } from './use-shortcuts';
import { useWorkbench, type Workbench } from './use-workbench';

/** The list, or the honest reason there is none. */
function ExceptionsList({ wb, summary }: { wb: Workbench; summary: ReconSummary | undefined }): ReactNode {
  const { list } = wb;
  if (list.error) return <CallError error={list.error} doing="Loading the exceptions" onRetry={list.refetch} />;
  if (list.total === null) return <Loading what="exceptions" />;
  if (list.total === 0) {
    return <EmptyList filter={wb.filter} lastRun={summary?.lastRun} onClearFilter={() => wb.setFilter({})} />;
  }
  const pick = (index: number, shift: boolean): void => {
    const row = list.rowAt(index);
    if (shift) wb.setSelection(pickRange(wb.selection, index, (at) => list.rowAt(at)?.key));
    else if (row) wb.setSelection(togglePicked(wb.selection, row.key, index));
  };
  return (
    <>
      <p className="recon-count">{plural(list.total, 'item', 'items')}</p>
      <ExceptionsGrid
        total={list.total}
        rowAt={list.rowAt}
        cursor={wb.cursor}
        selection={wb.selection}
        gridRef={wb.gridRef}
        attachGrid={wb.attachGrid}
        onVisible={wb.onVisible}
        onCursor={wb.setCursor}
        onOpen={(index) => {
          wb.setCursor(index);
          wb.setDetailOpen(true);
        }}
        onPick={pick}
      />
    </>
  );
}

/** Every disagreement, the money at stake, and the decisions that settle them, by mouse or keys. */
export function ExceptionsView(): ReactNode {
  const wb = useWorkbench();
  const filtersRef = useRef<HTMLInputElement>(null);
  useShortcuts(useCommands(wb, filtersRef));
  const summary = useCall('recon.summary', { filter: wb.filter });
  const now = useNow();
  return (
    <div className={wb.detailOpen ? 'recon-workbench recon-workbench-open' : 'recon-workbench'}>
      <TotalsPanel
        summary={summary.data}
        error={summary.error}
        onRetry={() => void summary.refetch()}
        filter={wb.filter}
        onFocusClass={(cls) => wb.setFilter(toggleClassFocus(wb.filter, cls))}
        now={now}
      />
      <FilterBar filter={wb.filter} sort={wb.sort} onApply={wb.setFilter} onSort={wb.setSort} firstFieldRef={filtersRef} />
      <div className="recon-toolbar">
        {wb.list.total !== null && wb.list.total > 0 && <BulkBar wb={wb} />}
        <div className="card-actions">
          <button
            type="button"
            className="button"
            disabled={wb.busy}
            title={withShortcut('Undo the last decision', 'undo')}
            aria-keyshortcuts="z Control+Z"
            onClick={wb.undo}
          >
            Undo
          </button>
          <ExportButtons request={{ what: 'exceptions', filter: wb.filter }} />
        </div>
      </div>
      <ShortcutLegend />
      <p role="status" className="recon-notice">
        {wb.notice ?? ''}
      </p>
      {wb.error && <CallError error={wb.error} doing="Saving the decision" />}
      <ExceptionsList wb={wb} summary={summary.data} />
      {wb.detailOpen && wb.current && <ItemPanel key={wb.current.key} wb={wb} item={wb.current} />}
    </div>
  );
}
