import { ConnectorSetup, type ConnectorKind } from '../../../../../shared/contract/connectors';
import { connectFormText } from './live-account-text';

/** A connect form as typed. One shape for both kinds; the tenant id is only read for billing. */
export interface LiveAccountForm {
  name: string;
  baseUrl: string;
  /** The gateway's secret key or the billing system's access token. */
  secret: string;
  tenantId: string;
}

export type LiveAccountProblemKey = keyof LiveAccountForm | 'form';
export type LiveAccountProblems = Partial<Record<LiveAccountProblemKey, string>>;

export type LiveAccountSetupResult = { ok: true; setup: ConnectorSetup } | { ok: false; problems: LiveAccountProblems };

/** Paydesk's live connectors speak to Stripe and Xero; these are their public API addresses. */
export const LIVE_ACCOUNT_DEFAULTS: Readonly<Record<ConnectorKind, { name: string; baseUrl: string }>> = {
  gateway: { name: 'Stripe', baseUrl: 'https://api.stripe.com' },
  billing: { name: 'Xero', baseUrl: 'https://api.xero.com' },
};

export function emptyLiveAccountForm(kind: ConnectorKind): LiveAccountForm {
  return { ...LIVE_ACCOUNT_DEFAULTS[kind], secret: '', tenantId: '' };
}

/** The same form with the secret gone, once the keychain holds it. */
export function withoutSecret(form: LiveAccountForm): LiveAccountForm {
  return { ...form, secret: '' };
}

function orDefault(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? fallback : trimmed;
}

/**
 * Words for what the contract rejects. None quotes the value: for the secret that would echo it,
 * and the others are in plain sight in their field anyway.
 */
function contractProblem(kind: ConnectorKind, path: readonly PropertyKey[]): [LiveAccountProblemKey, string] {
  switch (path[0]) {
    case 'name':
      return ['name', 'Use a name of at most 80 characters.'];
    case 'baseUrl':
      return ['baseUrl', 'Use an address of at most 2048 characters.'];
    case 'apiKey':
    case 'accessToken':
      return ['secret', `That ${connectFormText(kind).secretLabel.toLowerCase()} does not look whole: paste it again, with nothing around it.`];
    case 'tenantId':
      return ['tenantId', 'Use a tenant id of at most 128 characters.'];
    default:
      return ['form', 'Paydesk could not read this form. Check each field and connect again.'];
  }
}

/**
 * The ConnectorSetup to send, or what to fix beside each field. Text is trimmed, since keys are
 * mostly pasted; a blank name or address falls back to the default. Whether the address is
 * https is left to the service, which owns that rule for every way of connecting.
 */
export function setupFromForm(kind: ConnectorKind, form: LiveAccountForm): LiveAccountSetupResult {
  const defaults = LIVE_ACCOUNT_DEFAULTS[kind];
  const common = { name: orDefault(form.name, defaults.name), baseUrl: orDefault(form.baseUrl, defaults.baseUrl) };
  const secret = form.secret.trim();
  const tenantId = form.tenantId.trim();
  const candidate =
    kind === 'gateway'
      ? { kind, ...common, apiKey: secret }
      : { kind, ...common, accessToken: secret, tenantId };

  const problems: LiveAccountProblems = {};
  const parsed = ConnectorSetup.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, message] = contractProblem(kind, issue.path);
      problems[key] ??= message;
    }
  }
  // The commonest omissions get their own words, ahead of the contract's.
  if (secret === '') problems.secret = `Enter the ${connectFormText(kind).secretLabel.toLowerCase()}.`;
  if (kind === 'billing' && tenantId === '') problems.tenantId = 'Enter the tenant id of the Xero organisation.';

  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, setup: parsed.data };
}
