import { useId, useMemo, useState, type ReactNode } from 'react';
import type { AuditFilter } from '../../../../shared/contract/audit';
import { useFollowedState } from '../../lib/use-followed-state';
import {
  ACTION_FAMILIES,
  auditFilterToForm,
  auditFormToFilter,
  EMPTY_AUDIT_FORM,
  ENTITY_TYPES,
  type AuditFilterField,
  type AuditFilterForm,
  type AuditFilterProblems,
} from './audit-filter-form';

interface FieldProps {
  name: AuditFilterField;
  label: string;
  form: AuditFilterForm;
  problems: AuditFilterProblems;
  onChange: (form: AuditFilterForm) => void;
  type?: 'text' | 'date';
  placeholder?: string;
  list?: string;
}

function Field({ name, label, form, problems, onChange, type = 'text', placeholder, list }: FieldProps): ReactNode {
  const id = useId();
  const problem = problems[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        list={list}
        placeholder={placeholder}
        value={form[name]}
        aria-invalid={problem !== undefined}
        aria-describedby={problem !== undefined ? `${id}-problem` : undefined}
        onChange={(event) => onChange({ ...form, [name]: event.target.value })}
      />
      {problem !== undefined && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

/**
 * The trail's filters. Text applies with Enter or "Apply", the entity kind at once; a field that
 * does not parse says why beside it and the list keeps its last good filter.
 */
export function AuditFilterBar({ filter, onApply }: { filter: AuditFilter; onApply: (filter: AuditFilter) => void }): ReactNode {
  const applied = useMemo(() => auditFilterToForm(filter), [filter]);
  const [draft, setDraft] = useFollowedState(applied);
  const [problems, setProblems] = useState<AuditFilterProblems>({});
  const actionsId = useId();
  const entityId = useId();

  const apply = (form: AuditFilterForm): void => {
    setDraft(form);
    const outcome = auditFormToFilter(form);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    setProblems({});
    onApply(outcome.filter);
  };
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
        <Field {...field} name="text" label="Contains" placeholder="INV-1042, a reason, a file" />
        <Field {...field} name="action" label="Action" placeholder="recon or sync.finish" list={actionsId} />
        <datalist id={actionsId}>
          {ACTION_FAMILIES.map((family) => (
            <option key={family} value={family} />
          ))}
        </datalist>
        <Field {...field} name="actor" label="Actor" placeholder="Name or OS user" />
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
        <Field {...field} name="entityId" label="Which one" placeholder="invoice:INV-1042, 2026-10" />
        <Field {...field} name="from" label="From (UTC day)" type="date" />
        <Field {...field} name="to" label="To (UTC day)" type="date" />
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
