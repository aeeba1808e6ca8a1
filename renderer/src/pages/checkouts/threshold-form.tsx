import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useCall, useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { useFollowedState } from '../../lib/use-followed-state';

const MIN_MINUTES = 5;
const MAX_MINUTES = 7 * 24 * 60;

/** Minutes as typed: a whole number within the range the setting accepts, or why not. */
export function parseMinutes(text: string): { ok: true; minutes: number } | { ok: false; problem: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: 'A whole number of minutes' };
  const minutes = Number.parseInt(trimmed, 10);
  if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) return { ok: false, problem: `From ${MIN_MINUTES} minutes to ${MAX_MINUTES} (a week)` };
  return { ok: true, minutes };
}

/** When an open checkout with no payment counts as abandoned; every change goes on the audit trail. */
export function ThresholdForm(): ReactNode {
  const id = useId();
  const settings = useCall('checkouts.settings', {});
  const configure = useCallMutation('checkouts.configure', { invalidates: ['checkouts.settings'] });
  const [text, setText] = useFollowedState(settings.data ? String(settings.data.abandonAfterMinutes) : '');
  const [problem, setProblem] = useState<string | null>(null);
  if (settings.error) return <CallError error={settings.error} doing="Loading the checkout settings" onRetry={() => void settings.refetch()} />;
  if (!settings.data) return null;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseMinutes(text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    configure.mutate({ abandonAfterMinutes: parsed.minutes });
  };

  return (
    <form aria-label="Abandonment threshold" className="checkout-threshold" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>An open checkout with no payment counts as abandoned after (minutes)</label>
        <input id={id} inputMode="numeric" value={text} aria-invalid={problem !== null} onChange={(event) => setText(event.target.value)} />
        {problem && <span className="field-problem">{problem}</span>}
      </div>
      <button type="submit" className="button button-small" disabled={configure.isPending}>
        Save
      </button>
      <span role="status" className="pending">
        {configure.isPending ? 'Saving…' : ''}
      </span>
      {configure.error && <CallError error={configure.error} doing="Saving the threshold" />}
    </form>
  );
}
