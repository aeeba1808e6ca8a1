import { useId, useState, type ReactNode } from 'react';
import { useFollowedState } from '../../lib/use-followed-state';
import { parseFaultNumber, type NumberFieldSpec } from './fault-fields';

interface NumberFieldProps {
  spec: NumberFieldSpec;
  value: number;
  onCommit: (value: number) => void;
}

/** A number that is sent when the user leaves the field or presses Enter, not on every keystroke. */
export function NumberField({ spec, value, onCommit }: NumberFieldProps): ReactNode {
  const id = useId();
  const [text, setText] = useFollowedState(String(value));
  const [problem, setProblem] = useState<string | null>(null);

  const commit = (): void => {
    const parsed = parseFaultNumber(text, spec);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    if (parsed.value !== value) onCommit(parsed.value);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{spec.label}</label>
      <input
        id={id}
        type="number"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        min={spec.min}
        max={spec.max ?? undefined}
        step={spec.step}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? `${id}-hint` : `${id}-hint ${id}-problem`}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {spec.hint}
      </span>
      {problem !== null && (
        <span id={`${id}-problem`} role="alert" className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
