import { useId, type ReactNode, type RefObject } from 'react';

interface ActionFormProps {
  /** Names the form for assistive technology. */
  label: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** A small form under an item's actions: Enter submits, Esc cancels it (and only it, not the whole item). */
export function ActionForm({ label, submitLabel, busy, onSubmit, onCancel, children }: ActionFormProps): ReactNode {
  return (
    <form
      className="recon-reason-form"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled here, so the workbench's Esc does not close the whole item as well.
        event.preventDefault();
        onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** A small form's submit and Cancel buttons. */
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel: () => void }): ReactNode {
  return (
    <div className="card-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

interface NoteFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** What becomes of the note. */
  hint: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** An optional note for the audit trail. */
export function NoteField({ value, onChange, hint, inputRef }: NoteFieldProps): ReactNode {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Note (optional)</label>
      <input ref={inputRef} id={id} type="text" maxLength={500} value={value} onChange={(event) => onChange(event.target.value)} />
      <span className="hint">{hint}</span>
    </div>
  );
}

/** The note as the call takes it: left out when blank. */
export function noteOrNothing(note: string): string | undefined {
  return note.trim() === '' ? undefined : note.trim();
}
