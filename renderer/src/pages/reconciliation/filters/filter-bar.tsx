import { useId, useMemo, type ReactNode, type Ref } from 'react';
import { AGE_BUCKETS, ItemState, type ItemFilter, type ItemSort } from '../../../../../shared/contract/reconcile';
import { RECONCILIATION_CLASSES } from '../../../../../shared/domain/reconciliation-class';
import { FormTextField } from '../../../components/form-text-field';
import { useFilterDraft } from '../../../lib/use-filter-draft';
import { ageBucketLabel, classLabel, stateLabel } from '../class-text';
import {
  EMPTY_FORM,
  filterToForm,
  formToFilter,
  toggleChoice,
} from './filter-form';

interface FilterBarProps {
  filter: ItemFilter;
  sort: ItemSort;
  onApply: (filter: ItemFilter) => void;
  onSort: (sort: ItemSort) => void;
  /** The first field, focused by the "/" shortcut. */
  firstFieldRef: Ref<HTMLInputElement>;
}

const SORTS: readonly { value: ItemSort; label: string }[] = [
  { value: 'amount_desc', label: 'Largest amount first' },
  { value: 'oldest_first', label: 'Oldest first' },
  { value: 'newest_first', label: 'Newest first' },
];

/**
 * The list's filters. Text is applied with Enter or "Apply"; choices apply at once. A field that
 * does not parse says why beside it and the list keeps its last good filter.
 */
export function FilterBar({ filter, sort, onApply, onSort, firstFieldRef }: FilterBarProps): ReactNode {
  const applied = useMemo(() => filterToForm(filter), [filter]);
  const { draft, setDraft, problems, apply } = useFilterDraft(applied, formToFilter, onApply);
  const ageId = useId();
  const sortId = useId();

  const text = { form: draft, problems, onChange: setDraft };

  return (
    <form
      aria-label="Filters"
      className="panel recon-filters"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <div className="recon-filter-fields">
        <FormTextField {...text} name="reference" label="Invoice or payment" placeholder="INV-1042 or pi_…" inputRef={firstFieldRef} />
        <FormTextField {...text} name="customer" label="Customer" placeholder="Name or e-mail" />
        <FormTextField {...text} name="period" label="Period" placeholder="YYYY-MM" />
        <FormTextField {...text} name="currency" label="Currency" placeholder="EUR" />
        <FormTextField {...text} name="minAmount" label="Amount from" placeholder="0.00" inputMode="decimal" />
        <FormTextField {...text} name="maxAmount" label="Amount to" placeholder="any" inputMode="decimal" />
        <div className="field">
          <label htmlFor={ageId}>Age</label>
          <select
            id={ageId}
            value={draft.ageBucket}
            onChange={(event) => {
              const bucket = AGE_BUCKETS.find((candidate) => candidate === event.target.value);
              apply({ ...draft, ageBucket: bucket ?? '' });
            }}
          >
            <option value="">Any age</option>
            {AGE_BUCKETS.map((bucket) => (
              <option key={bucket} value={bucket}>
                {ageBucketLabel(bucket)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={sortId}>Sort</label>
          <select
            id={sortId}
            value={sort}
            onChange={(event) => {
              const chosen = SORTS.find((candidate) => candidate.value === event.target.value);
              if (chosen) onSort(chosen.value);
            }}
          >
            {SORTS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="recon-filter-choices">
        <fieldset className="recon-choice-group">
          <legend>Class {draft.classes.length === 0 && <span className="muted">(every exception)</span>}</legend>
          {RECONCILIATION_CLASSES.map((cls) => (
            <label key={cls} className="check">
              <input
                type="checkbox"
                checked={draft.classes.includes(cls)}
                onChange={() => apply({ ...draft, classes: toggleChoice(draft.classes, cls, RECONCILIATION_CLASSES) })}
              />
              {classLabel(cls)}
            </label>
          ))}
        </fieldset>
        <fieldset className="recon-choice-group">
          <legend>State {draft.states.length === 0 && <span className="muted">(open)</span>}</legend>
          {ItemState.options.map((state) => (
            <label key={state} className="check">
              <input
                type="checkbox"
                checked={draft.states.includes(state)}
                onChange={() => apply({ ...draft, states: toggleChoice(draft.states, state, ItemState.options) })}
              />
              {stateLabel(state)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="card-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <button type="button" className="button" onClick={() => apply(EMPTY_FORM)}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
