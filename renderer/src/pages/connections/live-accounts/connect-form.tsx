import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ConnectorKind } from '../../../../../shared/contract/connectors';
import { useCallMutation } from '../../../api/use-call';
import { CallError } from '../../../components/call-error';
import { TextControl } from '../../settings/mappings/form-controls';
import { statusTone } from '../connector-text';
import { emptyLiveAccountForm, setupFromForm, withoutSecret, type LiveAccountForm } from './live-account-form';
import { connectedText, connectFormText } from './live-account-text';

/** Saves one live account: the secret to the system keychain, the rest to the database. */
export function ConnectForm({ kind }: { kind: ConnectorKind }): ReactNode {
  const headingId = useId();
  const text = connectFormText(kind);
  const [form, setForm] = useState(() => emptyLiveAccountForm(kind));
  // Problems show after the first Connect, then follow every change, so typing is not nagged at.
  const [attempted, setAttempted] = useState(false);
  const configure = useCallMutation('connectors.configure', { invalidates: ['connectors.list'] });
  const result = setupFromForm(kind, form);
  const problems = attempted && !result.ok ? result.problems : {};
  const problemCount = Object.keys(problems).length;

  const change = (patch: Partial<LiveAccountForm>): void => setForm({ ...form, ...patch });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (!result.ok) return;
    configure.mutate(
      { setup: result.setup },
      {
        // The keychain holds the secret now; keeping it on screen would only invite a leak.
        onSuccess: () => {
          setForm((current) => withoutSecret(current));
          setAttempted(false);
        },
      },
    );
  };

  const status = configure.isPending
    ? 'Connecting and checking the account…'
    : configure.data
      ? connectedText(configure.data)
      : '';
  const statusClass = configure.isPending ? 'pending' : configure.data ? `connect-result tone-${statusTone(configure.data.health)}` : '';

  return (
    <form className="connect-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{text.title}</h3>
      <div className="field-grid">
        <TextControl label="Name" value={form.name} required maxLength={80} problem={problems.name} onChange={(name) => change({ name })} />
        <TextControl
          label="API address"
          type="url"
          value={form.baseUrl}
          required
          maxLength={2048}
          hint="https only."
          problem={problems.baseUrl}
          onChange={(baseUrl) => change({ baseUrl })}
        />
        <TextControl
          label={text.secretLabel}
          type="password"
          autoComplete="off"
          value={form.secret}
          required
          hint="Kept in the system keychain, never in Paydesk's database."
          problem={problems.secret}
          onChange={(secret) => change({ secret })}
        />
        {kind === 'billing' && (
          <TextControl
            label="Tenant id"
            value={form.tenantId}
            required
            maxLength={128}
            problem={problems.tenantId}
            onChange={(tenantId) => change({ tenantId })}
          />
        )}
      </div>
      {problemCount > 0 && (
        <p role="alert" className="field-problem">
          {problems.form ?? `Fix the ${problemCount === 1 ? 'field' : `${problemCount} fields`} marked above, then connect again.`}
        </p>
      )}
      <div className="card-actions">
        <button type="submit" className="button button-primary" aria-label={text.connectName} disabled={configure.isPending}>
          Connect
        </button>
        <span role="status" className={statusClass}>
          {status}
        </span>
      </div>
      {configure.error && <CallError error={configure.error} doing={text.doing} />}
    </form>
  );
}
