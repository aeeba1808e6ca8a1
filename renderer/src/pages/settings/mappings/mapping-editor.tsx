import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Mapping, MappingField } from '../../../../../shared/contract/imports';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { SelectControl, TextControl } from './form-controls';
import { MappingColumns } from './mapping-columns';
import { emptyMappingForm, formFromMapping, mappingFromForm, suggestColumns, type MappingForm } from './mapping-form';
import {
  choiceOf,
  DATE_ORDER_CHOICES,
  DECIMAL_CHOICES,
  DELIMITER_CHOICES,
  TARGET_CHOICES,
  THOUSANDS_CHOICES,
} from './mapping-labels';

export interface MappingEditorProps {
  /** The mapping to change, or null for a new one. */
  initial: Mapping | null;
  /** Column names of the file at hand (a preview, or its first line); empty when there is none. */
  fileColumns: readonly string[];
  existingNames: readonly string[];
  onSaved: (mapping: Mapping) => void;
  onClose: () => void;
}

function startingForm(initial: Mapping | null, fileColumns: readonly string[]): MappingForm {
  if (initial) return formFromMapping(initial);
  const form = emptyMappingForm();
  return { ...form, columns: suggestColumns(form.target, fileColumns) };
}

/** Describes another system's CSV export: which column is which, and how numbers and dates read. */
export function MappingEditor({ initial, fileColumns, existingNames, onSaved, onClose }: MappingEditorProps): ReactNode {
  const headingId = useId();
  const [form, setForm] = useState(() => startingForm(initial, fileColumns));
  // Problems show after the first Save, then follow every change, so typing is not nagged at.
  const [attempted, setAttempted] = useState(false);
  const save = useCallMutation('mappings.save', { invalidates: ['mappings.list'] });
  const result = mappingFromForm(form, { existingNames, editing: initial?.name ?? null });
  const problems = attempted && !result.ok ? result.problems : {};
  const problemCount = Object.keys(problems).length;

  const change = (patch: Partial<MappingForm>): void => setForm({ ...form, ...patch });
  const changeColumn = (field: MappingField, column: string): void => change({ columns: { ...form.columns, [field]: column } });
  const changeTarget = (raw: string): void => {
    const target = choiceOf(TARGET_CHOICES, raw);
    if (!target) return;
    // Fill in the new target's obvious columns without overwriting any already chosen.
    change({ target, columns: { ...suggestColumns(target, fileColumns), ...form.columns } });
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (result.ok) save.mutate({ mapping: result.mapping }, { onSuccess: onSaved });
  };

  return (
    <form className="mapping-editor" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{initial ? `Edit mapping “${initial.name}”` : 'New mapping'}</h3>
      <div className="field-grid">
        <TextControl
          label="Mapping name"
          value={form.name}
          readOnly={initial !== null}
          required
          maxLength={64}
          hint={initial ? 'The name identifies the mapping and cannot change.' : 'For example: Shopify payouts'}
          problem={problems.name}
          onChange={(name) => change({ name })}
        />
        <SelectControl
          label="Target"
          value={form.target}
          choices={TARGET_CHOICES}
          hint="What each row of the file becomes."
          onChange={changeTarget}
        />
        <SelectControl
          label="Delimiter"
          value={form.delimiter}
          choices={DELIMITER_CHOICES}
          onChange={(raw) => change({ delimiter: choiceOf(DELIMITER_CHOICES, raw) ?? form.delimiter })}
        />
        <SelectControl
          label="Date order"
          value={form.dateOrder}
          choices={DATE_ORDER_CHOICES}
          onChange={(raw) => change({ dateOrder: choiceOf(DATE_ORDER_CHOICES, raw) ?? form.dateOrder })}
        />
        <SelectControl
          label="Decimal separator"
          value={form.decimalSeparator}
          choices={DECIMAL_CHOICES}
          onChange={(raw) => change({ decimalSeparator: choiceOf(DECIMAL_CHOICES, raw) ?? form.decimalSeparator })}
        />
        <SelectControl
          label="Thousands separator"
          value={form.thousandsSeparator}
          choices={THOUSANDS_CHOICES}
          problem={problems.thousandsSeparator}
          onChange={(raw) => change({ thousandsSeparator: choiceOf(THOUSANDS_CHOICES, raw) ?? form.thousandsSeparator })}
        />
        <TextControl
          label="Default currency"
          value={form.defaultCurrency}
          maxLength={3}
          placeholder="EUR"
          hint="Used for rows when the file has no currency column."
          problem={problems.defaultCurrency}
          onChange={(defaultCurrency) => change({ defaultCurrency })}
        />
      </div>
      <MappingColumns
        target={form.target}
        fileColumns={fileColumns}
        columns={form.columns}
        problems={problems}
        onChange={changeColumn}
      />
      {problemCount > 0 && (
        <p role="alert" className="field-problem">
          {problems.form ?? `Fix the ${problemCount === 1 ? 'field' : `${problemCount} fields`} marked above, then save again.`}
        </p>
      )}
      <div className="card-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save mapping
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close without saving
        </button>
        <span role="status" className="pending">
          {save.isPending ? 'Saving…' : ''}
        </span>
      </div>
      {save.error && <CallError error={save.error} doing="Saving the mapping" />}
    </form>
  );
}
