import { useId, useState, type ReactNode } from 'react';

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

export interface Remark {
  value: string;
  setValue: (value: string) => void;
  problem: string | null;
  /** The remark, trimmed, emptying the field; or null (and a problem said) when it is too short to mean anything. */
  take: () => string | null;
}

/** A mandatory remark's text and its check; `where` says where it will be kept. */
export function useRemark(where: string): Remark {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const take = (): string | null => {
    if (value.trim().length < 3) {
      setProblem(`A remark of at least 3 characters is required: it goes into ${where}.`);
      return null;
    }
    setProblem(null);
    setValue('');
    return value.trim();
  };
  return { value, setValue, problem, take };
}
