import { useId, useState, type ReactNode } from 'react';
import type { AlertRow } from '../../../../shared/contract/alerts';
import { CallError } from '../../components/call-error';
import { useAlertAction } from './use-alert-action';

const HOURS = [4, 24, 72] as const;

/** How long to keep an alert quiet, and why; it reads as open again once the time has passed. */
export function SnoozeForm({ alert, onClose }: { alert: AlertRow; onClose: () => void }): ReactNode {
  const snooze = useAlertAction('alerts.snooze');
  const [hours, setHours] = useState<(typeof HOURS)[number]>(24);
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <form
      aria-label={`Snooze: ${alert.label}`}
      className="alert-snooze"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = note.trim();
        snooze.mutate(trimmed === '' ? { id: alert.id, hours } : { id: alert.id, hours, note: trimmed }, { onSuccess: onClose });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <fieldset className="alert-snooze-hours">
        <legend>Snooze for</legend>
        {HOURS.map((choice) => (
          <label key={choice} className="check">
            <input type="radio" name={`snooze-${alert.id}`} checked={hours === choice} onChange={() => setHours(choice)} />
            {choice} hours
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={noteId}>Note (optional)</label>
        <input id={noteId} type="text" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <div className="card-actions">
        <button type="submit" className="button button-small button-primary" disabled={snooze.isPending}>
          Snooze
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
      </div>
      {snooze.error && <CallError error={snooze.error} doing="Snoozing the alert" />}
    </form>
  );
}
