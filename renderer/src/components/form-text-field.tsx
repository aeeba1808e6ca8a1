import { useId, type ReactNode, type Ref } from 'react';

interface FormTextFieldProps<Form, Name extends keyof Form & string> {
  name: Name;
  label: string;
  form: Form;
  problems: Partial<Record<Name, string>>;
  onChange: (form: Form) => void;
  type?: 'text' | 'date';
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
  /** A datalist of suggestions. */
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** One text field of a form kept as text, with the problem that stops it from applying said beside it. */
export function FormTextField<Form extends Record<Name, string>, Name extends keyof Form & string>({
  name,
  label,
  form,
  problems,
  onChange,
  type = 'text',
  placeholder,
  inputMode,
  list,
  inputRef,
}: FormTextFieldProps<Form, Name>): ReactNode {
  const id = useId();
  const problem = problems[name];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type={type}
        inputMode={inputMode}
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
