import type { ReactNode } from 'react';
import type { Suggestion } from '../../../../../shared/contract/reconcile';
import { withShortcut } from '../keyboard-map';

interface SuggestionsListProps {
  suggestions: readonly Suggestion[];
  /** Why the buttons are off (a sealed item, a decision under way), or null. */
  disabledWhy: string | null;
  onConfirm: (suggestion: Suggestion) => void;
  onReject: (suggestion: Suggestion) => void;
}

/** The best suggestion first: the one c and x act on. */
function bestFirst(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort((a, b) => b.score - a.score);
}

/** Suggested links with their score and reasons, to confirm or reject. */
export function SuggestionsList({ suggestions, disabledWhy, onConfirm, onReject }: SuggestionsListProps): ReactNode {
  return (
    <section aria-labelledby="recon-suggestions-heading" className="recon-section">
      <h3 id="recon-suggestions-heading">Suggestions</h3>
      {suggestions.length === 0 ? (
        <p className="muted">No suggestion for this item. Match by hand if you know the other side.</p>
      ) : (
        <ul className="recon-suggestions">
          {bestFirst(suggestions).map((suggestion, index) => {
            const pair = `invoice ${suggestion.invoiceNumber} with payment ${suggestion.paymentId}`;
            const title = (label: string, command: 'confirm' | 'reject'): string =>
              disabledWhy ?? (index === 0 ? withShortcut(label, command) : label);
            return (
              <li key={`${suggestion.invoiceNumber}|${suggestion.paymentId}`} className="recon-suggestion">
                <span className="recon-score" aria-label={`Score ${suggestion.score} of 100`}>
                  {suggestion.score}
                </span>
                <span className="mono">
                  {suggestion.invoiceNumber} ↔ {suggestion.paymentId}
                </span>
                <ul className="recon-reasons">
                  {suggestion.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <span className="card-actions">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={disabledWhy !== null}
                    title={title('Confirm', 'confirm')}
                    aria-label={`Confirm ${pair}`}
                    onClick={() => onConfirm(suggestion)}
                  >
                    Confirm
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={disabledWhy !== null}
                    title={title('Reject', 'reject')}
                    aria-label={`Reject ${pair}`}
                    onClick={() => onReject(suggestion)}
                  >
                    Reject
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
