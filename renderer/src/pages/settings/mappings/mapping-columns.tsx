import type { ReactNode } from 'react';
import type { MappingField } from '../../../../../shared/contract/imports';
import { SelectControl, TextControl } from './form-controls';
import { fieldsOf, REQUIRED_FIELDS, type FormProblems } from './mapping-form';
import { fieldLabel, type Choice, type MappingTarget } from './mapping-labels';

interface MappingColumnsProps {
  target: MappingTarget;
  /** The file's column names when a file is at hand; empty means type the names. */
  fileColumns: readonly string[];
  columns: Partial<Record<MappingField, string>>;
  problems: FormProblems;
  onChange: (field: MappingField, column: string) => void;
}

const NOT_IN_FILE = '';

/** The choices for one field: the file's columns, plus a saved name the file lacks. */
function columnChoices(fileColumns: readonly string[], current: string): Choice<string>[] {
  const choices: Choice<string>[] = [{ value: NOT_IN_FILE, label: 'Not in this file' }];
  for (const column of fileColumns) choices.push({ value: column, label: column });
  if (current !== NOT_IN_FILE && !fileColumns.includes(current)) {
    choices.push({ value: current, label: `${current} (not a column of this file)` });
  }
  return choices;
}

/** Which column of the file holds each field of the target. */
export function MappingColumns({ target, fileColumns, columns, problems, onChange }: MappingColumnsProps): ReactNode {
  const required = REQUIRED_FIELDS[target];
  return (
    <fieldset className="mapping-columns">
      <legend>Columns in the file</legend>
      <p className="hint">
        {fileColumns.length > 0
          ? 'Pick the column that holds each field. Fields the file does not have can stay empty.'
          : 'Type each column name exactly as the file’s first line has it. Fields the file does not have can stay empty.'}
      </p>
      <div className="field-grid">
        {fieldsOf(target).map((field) => {
          const value = columns[field] ?? NOT_IN_FILE;
          const common = {
            label: fieldLabel(field, target),
            hint: required.includes(field) ? 'Required' : undefined,
            problem: problems[`column:${field}`],
            required: required.includes(field),
          };
          return fileColumns.length > 0 ? (
            <SelectControl
              key={field}
              {...common}
              value={value}
              choices={columnChoices(fileColumns, value)}
              onChange={(raw) => onChange(field, raw)}
            />
          ) : (
            <TextControl key={field} {...common} value={value} maxLength={200} onChange={(raw) => onChange(field, raw)} />
          );
        })}
      </div>
    </fieldset>
  );
}
