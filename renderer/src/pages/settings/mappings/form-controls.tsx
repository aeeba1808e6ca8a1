import { useId, type ReactNode } from 'react';
import type { Choice } from './mapping-labels';

interface ControlFrameProps {
  label: string;
  hint?: string;
  problem: string | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, its hint and its problem, wired together for assistive technology. */
function ControlFrame({ label, hint, problem, children }: ControlFrameProps): ReactNode {
  const id = useId();
  const described = [hint === undefined ? null : `${id}-hint`, problem === undefined ? null : `${id}-problem`].filter(
    (part): part is string => part !== null,
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: described.length > 0 ? described.join(' ') : undefined, invalid: problem !== undefined })}
      {hint !== undefined && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {problem !== undefined && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

interface TextControlProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  problem?: string;
  required?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  placeholder?: string;
  /** 'password' hides a secret as it is typed; 'url' brings the address keyboard on touch screens. */
  type?: 'text' | 'password' | 'url';
  autoComplete?: string;
}

export function TextControl({
  label,
  value,
  onChange,
  hint,
  problem,
  required,
  readOnly,
  maxLength,
  placeholder,
  type = 'text',
  autoComplete,
}: TextControlProps): ReactNode {
  return (
    <ControlFrame label={label} hint={hint} problem={problem}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          value={value}
          autoComplete={autoComplete}
          readOnly={readOnly}
          maxLength={maxLength}
          placeholder={placeholder}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </ControlFrame>
  );
}

interface SelectControlProps<T extends string> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (raw: string) => void;
  hint?: string;
  problem?: string;
  required?: boolean;
}

export function SelectControl<T extends string>({ label, value, choices, onChange, hint, problem, required }: SelectControlProps<T>): ReactNode {
  return (
    <ControlFrame label={label} hint={hint} problem={problem}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </ControlFrame>
  );
}
