import { useId, useState, type ReactNode } from 'react';
import { OperatorName } from '../../../shared/contract/audit';
import { useCall, useCallMutation } from '../api/use-call';
import { CallError } from '../components/call-error';

/**
 * "Acting as …": the name every audit entry will carry. The OS user unless someone chooses a
 * profile here; a change is itself audited, by whoever was acting before it.
 */
export function OperatorSwitch(): ReactNode {
  const profile = useCall('operator.get', {});
  const [editing, setEditing] = useState(false);
  const choose = useCallMutation('operator.choose', { invalidates: ['operator.get', 'audit.list'], onSuccess: () => setEditing(false) });
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();

  if (!profile.data) return null;
  const { actingAs, osUser } = profile.data;

  const save = (): void => {
    const parsed = OperatorName.safeParse(name);
    if (!parsed.success) {
      setProblem(`Type ${parsed.error.issues[0]?.message ?? 'a name'}.`);
      return;
    }
    setProblem(null);
    choose.mutate({ name: parsed.data });
  };

  return (
    <section aria-label="Operator" className="operator">
      <p className="operator-current">
        <span className="operator-label">Acting as</span> <strong>{actingAs}</strong>
      </p>
      {!editing ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setName(profile.data.name ?? '');
            setProblem(null);
            setEditing(true);
          }}
        >
          Change…
        </button>
      ) : (
        <form
          aria-label="Choose who is acting"
          className="operator-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label htmlFor={inputId}>Your name in the audit trail</label>
          <input
            id={inputId}
            // Opened by the person's own click on "Change…": the field is what they came for.
            autoFocus
            value={name}
            maxLength={80}
            aria-invalid={problem !== null}
            aria-describedby={problem !== null ? `${inputId}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {problem !== null && (
            <span id={`${inputId}-problem`} className="field-problem">
              {problem}
            </span>
          )}
          <div className="operator-actions">
            <button type="submit" className="button button-small button-primary" disabled={choose.isPending}>
              Save
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
          {profile.data.name !== null && (
            <button type="button" className="button button-small" disabled={choose.isPending} onClick={() => choose.mutate({ name: null })}>
              Act as {osUser} again
            </button>
          )}
          {choose.error && <CallError error={choose.error} doing="Changing who is acting" />}
        </form>
      )}
    </section>
  );
}
