import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../../../shared/contract/errors';
import type { ItemFilter, Period } from '../../../../../shared/contract/reconcile';
import { useClient } from '../../../api/client-context';
import { toApiError } from '../../../api/error-text';
import { selectExportSaver } from '../../../api/save-export';
import { CallError } from '../../../components/call-error';
import { EXPORT_FORMATS, exportStatusText, type ExportFormat, type ExportStatus } from './export-text';
import '../../../styles/month-end.css';

export type ExportTarget = { what: 'exceptions'; filter: ItemFilter } | { what: 'bridge'; period: Period };

/**
 * CSV, Excel and PDF of the exception list (with the filter on screen) or of a period's bridge.
 * The Node side writes the file; the desktop app then asks where to save it, the browser
 * console downloads it.
 */
export function ExportButtons({ request }: { request: ExportTarget }): ReactNode {
  const client = useClient();
  const saver = useMemo(() => selectExportSaver(), []);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const busy = status.kind === 'working';

  const run = async (format: ExportFormat): Promise<void> => {
    setError(null);
    setStatus({ kind: 'working', format });
    try {
      const file = await client.call(
        'recon.export',
        request.what === 'bridge' ? { what: 'bridge', format, period: request.period } : { what: 'exceptions', format, filter: request.filter },
      );
      setStatus({ kind: 'done', file, outcome: await saver.save(file) });
    } catch (caught) {
      setStatus({ kind: 'idle' });
      setError(toApiError(caught));
    }
  };

  return (
    <div className="export-buttons">
      <div role="group" aria-label={request.what === 'bridge' ? 'Export the bridge' : 'Export the list'} className="export-group">
        <span className="export-label" aria-hidden="true">
          Export
        </span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format.id}
            type="button"
            className="button button-small"
            title={format.title}
            aria-label={`Export ${request.what === 'bridge' ? 'the bridge' : 'the list'} as ${format.label}`}
            disabled={busy}
            onClick={() => void run(format.id)}
          >
            {format.label}
          </button>
        ))}
      </div>
      <span role="status" className="export-status">
        {exportStatusText(status, request.what)}
      </span>
      {error && <CallError error={error} doing="Exporting" />}
    </div>
  );
}
