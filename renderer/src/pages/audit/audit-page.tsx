import { useState, type ReactNode } from 'react';
import type { AuditFilter } from '../../../../shared/contract/audit';
import { useClient } from '../../api/client-context';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { EmptyState } from '../../components/empty-state';
import { ExportControls, type ExportFormatChoice } from '../../components/export-controls';
import { Loading } from '../../components/loading';
import { NewerOlder } from '../../components/newer-older';
import { Page } from '../../components/page';
import { isFiltered } from './audit-filter-form';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditTable } from './audit-table';
import { rangeText } from './audit-text';
import { VerifyPanel } from './verify-panel';
import '../../styles/audit.css';

const PAGE_SIZE = 50;

const AUDIT_FORMATS: readonly ExportFormatChoice<'jsonl' | 'csv'>[] = [
  { id: 'jsonl', label: 'JSON Lines', title: 'Every entry exactly as stored, one per line: what an auditor re-verifies' },
  { id: 'csv', label: 'CSV', title: 'Every field, for a spreadsheet; a cell that would start a formula gets a leading apostrophe' },
];

/** The list under the filters: a page of entries with the way to the next, or why there are none. */
function AuditList({ filter, offset, onOffset }: { filter: AuditFilter; offset: number; onOffset: (offset: number) => void }): ReactNode {
  const page = useCall('audit.list', { filter, offset, limit: PAGE_SIZE });
  if (page.error) return <CallError error={page.error} doing="Loading the audit trail" onRetry={() => void page.refetch()} />;
  if (!page.data) return <Loading what="the audit trail" />;
  const { total, rows } = page.data;
  if (total === 0) {
    return (
      <EmptyState>
        <p>{isFiltered(filter) ? 'No entry matches these filters.' : 'Nothing has been recorded yet. Syncs, imports, decisions and setting changes appear here as they happen.'}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="audit-pager">
        <p className="recon-count">{rangeText(offset, rows.length, total)}</p>
        <NewerOlder offset={offset} shown={rows.length} total={total} pageSize={PAGE_SIZE} onOffset={onOffset} />
      </div>
      <AuditTable rows={rows} />
    </>
  );
}

/**
 * Who did what, when, to what, with the state before and after: every sync, import, decision,
 * period close, retransmission and setting change, read from the local database (offline too).
 */
export function AuditPage(): ReactNode {
  const client = useClient();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [offset, setOffset] = useState(0);
  return (
    <Page title="Audit">
      <VerifyPanel />
      <AuditFilterBar
        filter={filter}
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      <div className="recon-toolbar">
        <p className="lead">Exports hold the whole trail, every field, whatever the filters.</p>
        <ExportControls
          subject="the audit trail"
          formats={AUDIT_FORMATS}
          counted={['entry', 'entries']}
          make={(format) => client.call('audit.export', { format })}
        />
      </div>
      <AuditList filter={filter} offset={offset} onOffset={setOffset} />
    </Page>
  );
}
