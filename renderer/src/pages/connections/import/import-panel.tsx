import { useId, useState, type ReactNode } from 'react';
import type { DateOrder, Mapping } from '../../../../../shared/contract/imports';
import { useFileSource } from '../../../api/client-context';
import { useCall, useCallMutation } from '../../../api/use-call';
import { useJob, useJobMutation } from '../../../api/use-jobs';
import { CallError } from '../../../components/call-error';
import { MappingEditor } from '../../settings/mappings/mapping-editor';
import { JobCard } from '../jobs/job-card';
import { FormatStep } from './format-step';
import { importBlockedReason, importFormatOf, sameRequest, type FormatChoice, type ImportRequest } from './import-text';
import { PreviewView } from './preview-view';
import { usePickedFile } from './use-picked-file';

/** The mapping editor inside the flow: closed, new ("Another system…"), or a saved one. */
type EditorState = { open: false } | { open: true; mapping: Mapping | null };

function ImportFlow({ now, onRestart }: { now: number; onRestart: () => void }): ReactNode {
  const fileInputId = useId();
  const { uploads } = useFileSource();
  const picked = usePickedFile();
  const [choice, setChoice] = useState<FormatChoice | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | null>(null);
  const [editor, setEditor] = useState<EditorState>({ open: false });
  const preview = useCallMutation('import.preview');
  const start = useJobMutation('import.start');
  const job = useJob(start.data?.jobId ?? null, start.data);
  const mappings = useCall('mappings.list', {});

  const requestFor = (order: DateOrder | null): ImportRequest | null => {
    const format = choice === null ? null : importFormatOf(choice, order);
    return picked.data && format ? { source: picked.data.source, format } : null;
  };
  const request = requestFor(dateOrder);
  const current = preview.data && !preview.isPending && sameRequest(preview.variables, request) ? preview.data : undefined;
  const blocked = request === null ? null : importBlockedReason(current, request.format);
  const started = start.isPending || start.data !== undefined;

  const pick = (file: File | undefined): void => {
    preview.reset();
    setDateOrder(null);
    if (file) picked.mutate(file);
    else picked.reset();
  };
  const choose = (next: FormatChoice): void => {
    setChoice(next);
    setDateOrder(null);
    preview.reset();
    setEditor(next.kind === 'new-mapping' ? { open: true, mapping: null } : { open: false });
  };
  const chooseDateOrder = (order: DateOrder): void => {
    setDateOrder(order);
    const next = requestFor(order);
    if (next) preview.mutate(next);
  };
  const saved = (mapping: Mapping): void => {
    setEditor({ open: false });
    setChoice({ kind: 'mapping', name: mapping.name });
    preview.reset();
  };
  const fileColumns = preview.data?.columns ?? picked.data?.headerColumns ?? [];

  return (
    <>
      <h3>1. Choose the file</h3>
      <div className="field">
        <label htmlFor={fileInputId}>CSV file to import</label>
        <input
          id={fileInputId}
          type="file"
          accept=".csv,text/csv"
          disabled={started}
          onChange={(event) => pick(event.target.files?.[0])}
        />
      </div>
      <p role="status" className="pending">
        {picked.isPending ? (uploads ? 'Uploading the file…' : 'Opening the file…') : ''}
        {picked.isPending && <span className="spinner" aria-hidden="true" />}
      </p>
      {picked.error && <CallError error={picked.error} doing="Opening the file" />}

      {picked.data && (
        <>
          <h3>2. Choose its format</h3>
          <FormatStep choice={choice} onChoose={choose} onEditMapping={(mapping) => setEditor({ open: true, mapping })} />
          {editor.open && (
            <MappingEditor
              key={editor.mapping?.name ?? 'new'}
              initial={editor.mapping}
              fileColumns={fileColumns}
              existingNames={mappings.data?.map((mapping) => mapping.name) ?? []}
              onSaved={saved}
              onClose={() => {
                setEditor({ open: false });
                // Leaving "Another system…" unsaved leaves no format chosen, so it can be picked again.
                if (choice?.kind === 'new-mapping') setChoice(null);
              }}
            />
          )}
        </>
      )}

      {request && !editor.open && (
        <>
          <h3>3. Check the preview</h3>
          <div className="card-actions">
            <button type="button" className="button" disabled={preview.isPending || started} onClick={() => preview.mutate(request)}>
              Preview
            </button>
            <span role="status" className="pending">
              {preview.isPending ? 'Reading the file…' : ''}
            </span>
          </div>
          {preview.error && <CallError error={preview.error} doing="Previewing the file" />}
          {preview.data && (
            <PreviewView preview={preview.data} format={request.format} dateOrder={dateOrder} onDateOrder={chooseDateOrder} />
          )}
          {preview.data && (
            <div className="card-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={blocked !== null || preview.isPending || started}
                onClick={() => start.mutate(request)}
              >
                Import
              </button>
              {blocked !== null && !preview.isPending && <span className="hint">{blocked}</span>}
            </div>
          )}
          {start.error && <CallError error={start.error} doing="Starting the import" />}
        </>
      )}

      {job && (
        <>
          <h3>4. Import</h3>
          <JobCard job={job} now={now} announce />
          {job.state !== 'running' && (
            <button type="button" className="button" onClick={onRestart}>
              Import another file
            </button>
          )}
        </>
      )}
    </>
  );
}

/** "Import a file": pick, choose the format, preview with every problem, then import as a job. */
export function ImportPanel({ now }: { now: number }): ReactNode {
  // Remounting the flow is the simplest complete reset, file input included.
  const [round, setRound] = useState(0);
  return (
    <section aria-labelledby="import-heading" className="panel import-panel">
      <h2 id="import-heading">Import a file</h2>
      <p className="lead">
        A CSV export from your gateway, billing system or any other system. Nothing is written until you have seen the
        preview and pressed Import.
      </p>
      <ImportFlow key={round} now={now} onRestart={() => setRound(round + 1)} />
    </section>
  );
}
