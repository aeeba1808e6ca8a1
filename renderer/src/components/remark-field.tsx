import { useId, type ReactNode } from 'react';

interface RemarkFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** Why it cannot be sent yet (empty, too short), or null. */
  problem: string | null;
}

/** The mandatory remark of a bulk action, which goes into the audit trail with every row it changes. */
export function RemarkField({ value, onChange, problem }: RemarkFieldProps): ReactNode {
  const id = useId();
  return (
    <div className="field recon-bulk-remark">
      <label htmlFor={id}>Remark</label>
      <input
        id={id}
        type="text"
        maxLength={500}
        value={value}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem !== null && (
        <span id={`${id}-problem`} role="alert" className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}
