import { useState, type ReactNode } from 'react';
import type { Mapping } from '../../../../../shared/contract/imports';
import { useCall, useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { MappingEditor } from './mapping-editor';
import { fieldLabel, targetText } from './mapping-labels';

/** Which mapping the editor shows: none, a new one, or a saved one by name. */
type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'saved'; mapping: Mapping };

function columnsSummary(mapping: Mapping): string {
  const entries = Object.entries(mapping.columns);
  return entries.length === 0 ? 'No columns' : `${entries.length} ${entries.length === 1 ? 'column' : 'columns'}`;
}

function MappingRow({ mapping, onEdit }: { mapping: Mapping; onEdit: () => void }): ReactNode {
  const remove = useCallMutation('mappings.delete', { invalidates: ['mappings.list'] });
  const amount = mapping.target === 'payments' ? mapping.columns.amount : mapping.columns.total;
  const amountField = mapping.target === 'payments' ? 'amount' : 'total';
  return (
    <tr>
      <th scope="row">{mapping.name}</th>
      <td>{targetText(mapping.target)}</td>
      <td>
        {columnsSummary(mapping)}
        {amount !== undefined && (
          <span className="hint">
            {' '}
            ({fieldLabel(amountField, mapping.target)}: <span className="mono">{amount}</span>)
          </span>
        )}
      </td>
      <td className="row-actions">
        <button type="button" className="button" aria-label={`Edit mapping ${mapping.name}`} onClick={onEdit}>
          Edit
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-label={`Delete mapping ${mapping.name}`}
          disabled={remove.isPending}
          onClick={() => remove.mutate({ name: mapping.name })}
        >
          Delete
        </button>
        {remove.error && <CallError error={remove.error} doing={`Deleting ${mapping.name}`} />}
      </td>
    </tr>
  );
}

/** Saved descriptions of other systems' exports, for "Import a file" on the Connections page. */
export function MappingsPanel(): ReactNode {
  const mappings = useCall('mappings.list', {});
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const names = mappings.data?.map((mapping) => mapping.name) ?? [];
  return (
    <section aria-labelledby="mappings-heading" className="panel">
      <h2 id="mappings-heading">Import mappings</h2>
      <p className="lead">
        For CSV files from systems without a preset: which column holds what, and how the file writes numbers and dates.
      </p>
      {mappings.isPending && <Loading what="import mappings" />}
      {mappings.error && (
        <CallError error={mappings.error} doing="Loading import mappings" onRetry={() => void mappings.refetch()} />
      )}
      {mappings.data?.length === 0 && <p>No mappings saved yet.</p>}
      {mappings.data && mappings.data.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Saved import mappings</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Target</th>
              <th scope="col">Columns</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {mappings.data.map((mapping) => (
              <MappingRow key={mapping.name} mapping={mapping} onEdit={() => {
                  setNotice('');
                  setEditing({ kind: 'saved', mapping });
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      <p role="status" className="pending">
        {notice}
      </p>
      {editing.kind === 'none' ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice('');
            setEditing({ kind: 'new' });
          }}
        >
          New mapping
        </button>
      ) : (
        <MappingEditor
          // A fresh editor per mapping, so its form starts from that mapping.
          key={editing.kind === 'saved' ? `saved:${editing.mapping.name}` : 'new'}
          initial={editing.kind === 'saved' ? editing.mapping : null}
          fileColumns={[]}
          existingNames={names}
          onSaved={(saved) => {
            setEditing({ kind: 'none' });
            setNotice(`Saved the mapping “${saved.name}”.`);
          }}
          onClose={() => setEditing({ kind: 'none' })}
        />
      )}
    </section>
  );
}
