import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { WebhookEndpoint } from '../../../../shared/contract/outbox';
import { useCallMutation } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { TextControl } from './mappings/form-controls';
import { webhookRequest, type WebhookForm as WebhookFormValues } from './webhook-fields';

interface WebhookFormProps {
  /** The endpoint as saved, or null when none is. */
  current: WebhookEndpoint | null;
  onSaved: (saved: WebhookEndpoint) => void;
}

/** Sets or replaces the endpoint: its address, and its signing secret, which is sent once and never shown again. */
export function WebhookForm({ current, onSaved }: WebhookFormProps): ReactNode {
  const headingId = useId();
  const [form, setForm] = useState<WebhookFormValues>(() => ({ url: current?.url ?? '', signingSecret: '' }));
  // Problems show after the first Save, then follow every change, so typing is not nagged at.
  const [attempted, setAttempted] = useState(false);
  const configure = useCallMutation('webhook.configure', { invalidates: ['webhook.get'] });
  const result = webhookRequest(form);
  const problems = attempted && !result.ok ? result.problems : {};

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setAttempted(true);
    if (!result.ok) return;
    configure.mutate(result.request, {
      onSuccess: (saved) => {
        // Paydesk holds the secret now; keeping it in the field would only invite a leak.
        setForm({ url: saved.url, signingSecret: '' });
        setAttempted(false);
        onSaved(saved);
      },
    });
  };

  return (
    <form className="connect-form webhook-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h3 id={headingId}>{current === null ? 'Set the endpoint' : 'Replace the endpoint'}</h3>
      <TextControl
        label="Address"
        type="url"
        value={form.url}
        required
        maxLength={2000}
        placeholder="https://shop.example.com/webhooks/stripe"
        hint="The merchant’s endpoint that receives the gateway’s webhooks. https only (plain http only for a receiver on this computer, 127.0.0.1)."
        problem={problems.url}
        onChange={(url) => setForm({ ...form, url })}
      />
      <TextControl
        label="Signing secret"
        type="password"
        autoComplete="off"
        value={form.signingSecret}
        required
        maxLength={200}
        placeholder="whsec_…"
        hint="The endpoint’s signing secret, as the gateway shows it for this endpoint. Needed with every change; never shown again."
        problem={problems.signingSecret}
        onChange={(signingSecret) => setForm({ ...form, signingSecret })}
      />
      <div className="card-actions">
        <button type="submit" className="button button-primary" disabled={configure.isPending}>
          Save endpoint
        </button>
        <span role="status" className="pending">
          {configure.isPending ? 'Saving…' : ''}
        </span>
      </div>
      {configure.error && <CallError error={configure.error} doing="Saving the webhook endpoint" />}
    </form>
  );
}
