import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormButtons } from './action-form';

interface ReasonFormProps {
  label: string;
  submitLabel: string;
  hint: string;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  children?: ReactNode;
}

/** A mandatory reason: focused when it opens, sent with Enter, refused when too short to mean anything. */
export function ReasonForm({ label, submitLabel, hint, busy, onSubmit, onCancel, children }: ReasonFormProps): ReactNode {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="recon-reason-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim().length < 3) {
          setProblem('Say why, in at least 3 characters: it goes into the audit trail.');
          return;
        }
        setProblem(null);
        onSubmit(reason.trim());
      }}
    >
      {children}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          ref={input}
          id={id}
          type="text"
          maxLength={500}
          value={reason}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-hint${problem !== null ? ` ${id}-problem` : ''}`}
          onChange={(event) => setReason(event.target.value)}
        />
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
        {problem !== null && (
          <span id={`${id}-problem`} role="alert" className="field-problem">
            {problem}
          </span>
        )}
      </div>
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
