import { useId, useState, type ReactNode } from 'react';
import type { Bridge } from '../../../../../shared/contract/reconcile';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { plural } from '../../../lib/format-count';
import { signedMoneyText } from '../money-text';
import { currenciesNeedingNotes, missingNotes, notesToSend, periodLabel } from './month-end-text';

interface ClosePeriodFormProps {
  bridge: Bridge;
  items: number;
}

type Step = 'start' | 'notes' | 'confirm';

/**
 * Closing is deliberate: a note for every residual, then a confirmation that says what sealing
 * means, then one call that closes and seals in a single transaction on the Node side.
 */
export function ClosePeriodForm({ bridge, items }: ClosePeriodFormProps): ReactNode {
  const id = useId();
  const [step, setStep] = useState<Step>('start');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [showProblems, setShowProblems] = useState(false);
  const close = useCallMutation('recon.closePeriod', {
    invalidates: ['recon.periods', 'recon.bridge', 'recon.listItems', 'recon.summary', 'recon.item'],
  });
  const name = periodLabel(bridge.period);
  const missing = missingNotes(bridge, notes);

  if (step === 'start') {
    return (
      <div className="card-actions">
        <button type="button" className="button button-primary" disabled={!bridge.closable} onClick={() => setStep('notes')}>
          Close {name}…
        </button>
        {!bridge.closable && <span className="hint">Resolve or accept the open items above first.</span>}
      </div>
    );
  }

  if (step === 'confirm') {
    return (
      <div className="panel month-end-confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
        <p id={`${id}-confirm`}>
          <strong>Close {name}?</strong> Its {plural(items, 'item', 'items')} become read-only and this bridge is sealed as
          shown. A later change to its data raises a new exception in an open period. This cannot be undone.
        </p>
        {close.error && <CallError error={close.error} doing="Closing the period" />}
        <div className="card-actions">
          <button
            type="button"
            className="button button-danger"
            disabled={close.isPending}
            onClick={() => close.mutate({ period: bridge.period, residualNotes: notesToSend(bridge, notes) })}
          >
            {close.isPending ? 'Closing…' : `Yes, close ${name}`}
          </button>
          <button type="button" className="button" disabled={close.isPending} onClick={() => setStep('notes')}>
            Back
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="panel month-end-close-form"
      aria-label={`Close ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.length > 0) {
          setShowProblems(true);
          return;
        }
        close.reset();
        setStep('confirm');
      }}
    >
      {currenciesNeedingNotes(bridge).length === 0 ? (
        <p>Every currency bridges to a zero residual: nothing needs explaining.</p>
      ) : (
        <p>Explain each residual; the note is kept with the sealed bridge and in its exports.</p>
      )}
      {currenciesNeedingNotes(bridge).map((currency) => {
        const fieldId = `${id}-${currency.currency}`;
        const problem = showProblems && missing.includes(currency.currency);
        return (
          <div key={currency.currency} className="field">
            <label htmlFor={fieldId}>
              Why {currency.currency} is off by {signedMoneyText(currency.residualMinor, currency.currency)}
            </label>
            <input
              id={fieldId}
              type="text"
              maxLength={500}
              value={notes[currency.currency] ?? ''}
              aria-invalid={problem}
              aria-describedby={problem ? `${fieldId}-problem` : undefined}
              onChange={(event) => setNotes({ ...notes, [currency.currency]: event.target.value })}
            />
            {problem && (
              <span id={`${fieldId}-problem`} role="alert" className="field-problem">
                Say why, in at least 3 characters (e.g. “payments for February invoices”).
              </span>
            )}
          </div>
        );
      })}
      <div className="card-actions">
        <button type="submit" className="button button-primary">
          Continue
        </button>
        <button type="button" className="button" onClick={() => setStep('start')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
