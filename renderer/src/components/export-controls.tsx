import { useMemo, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { ExportFile } from '../../../shared/contract/reconcile';
import { toApiError } from '../api/error-text';
import { selectExportSaver } from '../api/save-export';
import { exportStatusText, type ExportStatus } from '../lib/export-status';
import { CallError } from './call-error';
import '../styles/exports.css';

export interface ExportFormatChoice<F extends string> {
  id: F;
  label: string;
  /** What the format is good for, as the button's tooltip. */
  title: string;
}

interface ExportControlsProps<F extends string> {
  /** Completes "Export … as CSV": "the list", "the bridge", "the audit trail". */
  subject: string;
  formats: readonly ExportFormatChoice<F>[];
  /** Writes the file on the Node side and says how to fetch it. */
  make: (format: F) => Promise<ExportFile>;
  /** What the file's rows are, when their number is worth saying ("item", "items"). */
  counted?: readonly [string, string];
}

/**
 * A button per format. The Node side writes the file; the desktop app then asks where to save
 * it, the browser console downloads it; a line says which happened.
 */
export function ExportControls<F extends string>({ subject, formats, make, counted }: ExportControlsProps<F>): ReactNode {
  const saver = useMemo(() => selectExportSaver(), []);
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const busy = status.kind === 'working';

  const run = async (format: ExportFormatChoice<F>): Promise<void> => {
    setError(null);
    setStatus({ kind: 'working', label: format.label });
    try {
      const file = await make(format.id);
      setStatus({ kind: 'done', file, outcome: await saver.save(file) });
    } catch (caught) {
      setStatus({ kind: 'idle' });
      setError(toApiError(caught));
    }
  };

  return (
    <div className="export-buttons">
      <div role="group" aria-label={`Export ${subject}`} className="export-group">
        <span className="export-label" aria-hidden="true">
          Export
        </span>
        {formats.map((format) => (
          <button
            key={format.id}
            type="button"
            className="button button-small"
            title={format.title}
            aria-label={`Export ${subject} as ${format.label}`}
            disabled={busy}
            onClick={() => void run(format)}
          >
            {format.label}
          </button>
        ))}
      </div>
      <span role="status" className="export-status">
        {exportStatusText(status, counted)}
      </span>
      {error && <CallError error={error} doing="Exporting" />}
    </div>
  );
}
