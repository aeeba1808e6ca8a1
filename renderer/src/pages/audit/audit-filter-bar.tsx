import { useId, useMemo, type ReactNode } from 'react';
import type { AuditFilter } from '../../../../shared/contract/audit';
import { FormTextField } from '../../components/form-text-field';
import { useFilterDraft } from '../../lib/use-filter-draft';
import {
  ACTION_FAMILIES,
  auditFilterToForm,
  auditFormToFilter,
  EMPTY_AUDIT_FORM,
  ENTITY_TYPES,
} from './audit-filter-form';

/**
 * The trail's filters. Text applies with Enter or "Apply", the entity kind at once; a field that
 * does not parse says why beside it and the list keeps its last good filter.
 */
export function AuditFilterBar({ filter, onApply }: { filter: AuditFilter; onApply: (filter: AuditFilter) => void }): ReactNode {
  const applied = useMemo(() => auditFilterToForm(filter), [filter]);
  const { draft, setDraft, problems, apply } = useFilterDraft(applied, auditFormToFilter, onApply);
  const actionsId = useId();
  const entityId = useId();

  const field = { form: draft, problems, onChange: setDraft };

  return (
    <form
      aria-label="Audit filters"
      className="panel recon-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <div className="recon-filter-fields">
        <FormTextField {...field} name="text" label="Contains" placeholder="INV-1042, a reason, a file" />
        <FormTextField {...field} name="action" label="Action" placeholder="recon or sync.finish" list={actionsId} />
        <datalist id={actionsId}>
          {ACTION_FAMILIES.map((family) => (
            <option key={family} value={family} />
          ))}
        </datalist>
        <FormTextField {...field} name="actor" label="Actor" placeholder="Name or OS user" />
        <div className="field">
          <label htmlFor={entityId}>About</label>
          <select id={entityId} value={draft.entityType} onChange={(event) => apply({ ...draft, entityType: event.target.value })}>
            <option value="">Anything</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type.id} value={type.id}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <FormTextField {...field} name="entityId" label="Which one" placeholder="invoice:INV-1042, 2026-10" />
        <FormTextField {...field} name="from" label="From (UTC day)" type="date" />
        <FormTextField {...field} name="to" label="To (UTC day)" type="date" />
      </div>
      <div className="card-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <button type="button" className="button" onClick={() => apply(EMPTY_AUDIT_FORM)}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
