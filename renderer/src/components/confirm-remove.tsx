import { useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmRemoveProps {
  /** The button that opens the question. */
  opener: string;
  /** Its accessible name when the text alone is ambiguous ("Remove" what?). */
  openerLabel?: string;
  question: ReactNode;
  busy: boolean;
  /** Removes; calls `done` once it worked, which closes the question. */
  onConfirm: (done: () => void) => void;
}

/**
 * A removal that asks first, inline: the safe answer (Keep) takes focus so a stray Enter keeps
 * things, Esc keeps too, and focus goes back to the opener, so a keyboard user is not dropped at
 * the top of the page.
 */
export function ConfirmRemove({ opener, openerLabel, question, busy, onConfirm }: ConfirmRemoveProps): ReactNode {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const keep = (): void => {
    setConfirming(false);
    openerRef.current?.focus();
  };
  return (
    <>
      <button
        ref={openerRef}
        type="button"
        className="button button-danger"
        aria-label={openerLabel}
        aria-expanded={confirming}
        disabled={busy}
        onClick={() => setConfirming(!confirming)}
      >
        {opener}
      </button>
      {confirming && (
        <div
          role="group"
          aria-labelledby={questionId}
          className="confirm-remove"
          onKeyDown={(event) => {
            if (event.key === 'Escape') keep();
          }}
        >
          <p id={questionId}>{question}</p>
          <div className="card-actions">
            <button type="button" className="button button-danger" disabled={busy} onClick={() => onConfirm(() => setConfirming(false))}>
              Remove
            </button>
            <button type="button" className="button" autoFocus disabled={busy} onClick={keep}>
              Keep
            </button>
          </div>
        </div>
      )}
    </>
  );
}
