import { ConfigureWebhook, type WebhookEndpoint } from '../../../../shared/contract/outbox';
import { assertNever } from '../../lib/assert-never';

/** The webhook form as typed. */
export interface WebhookForm {
  url: string;
  signingSecret: string;
}

export type WebhookProblems = Partial<Record<keyof WebhookForm, string>>;

export type WebhookFormResult = { ok: true; request: ConfigureWebhook } | { ok: false; problems: WebhookProblems };

/**
 * The request to send, or what to fix beside each field. Only the contract's rules are checked
 * here; whether the address is https (or loopback http) is the Node side's rule, and its refusal
 * shows as the call's error. No message quotes the secret.
 */
export function webhookRequest(form: WebhookForm): WebhookFormResult {
  const parsed = ConfigureWebhook.safeParse(form);
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems: WebhookProblems = {};
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === 'url') problems.url ??= form.url.trim() === '' ? 'Enter the endpoint’s address.' : 'Use an address of at most 2,000 characters.';
    if (issue.path[0] === 'signingSecret') {
      problems.signingSecret ??=
        form.signingSecret.trim() === ''
          ? 'Enter the endpoint’s signing secret: it is needed with every change.'
          : 'That signing secret does not look whole (16 to 200 characters, such as whsec_…): paste it again.';
    }
  }
  return { ok: false, problems };
}

/** Where the signing secret is kept, said with what that means after a restart. */
export function secretKeptText(endpoint: WebhookEndpoint): string {
  switch (endpoint.secretKept) {
    case 'os_keychain':
      return 'Kept in the system keychain, never in Paydesk’s database, logs or audit trail.';
    case 'memory':
      return 'Kept in this console’s memory only, never on disk: after the console restarts it must be entered again.';
    default:
      return assertNever(endpoint.secretKept);
  }
}

/** Whether events can go out now, or what they wait for. */
export function readinessText(endpoint: WebhookEndpoint): string {
  return endpoint.ready
    ? 'Ready: events are re-sent as soon as they are queued.'
    : 'Waiting for the signing secret: the console has restarted since it was entered, and it was kept in memory only. Enter it again below; queued events wait until then.';
}
