import { z } from 'zod';
import { ApiError } from '../../../shared/contract/errors';
import { BaseUrlError, checkedPartnerUrl } from '../connectors/base-url';
import { redactText } from '../redact/redact-card-data';
import type { WebhookEndpoint } from '../../../shared/contract/outbox';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import type { SecretStore } from '../secrets/secret-store';
import { SettingsRepo } from '../settings/settings-repo';

/** Paydesk re-sends to one endpoint: the merchant's own, where the gateway's webhooks go. */
export const WEBHOOK_ENDPOINT_ID = 'merchant';
const SECRET_KEY = `webhook:${WEBHOOK_ENDPOINT_ID}:signingSecret`;
const StoredUrl = z.string().min(1);

export interface WebhookDestination {
  url: string;
  secret: string;
}

export interface WebhookEndpointsDeps {
  db: Database;
  /** The OS keychain in the desktop app; null or forgetful in the browser console. */
  secrets: SecretStore | null;
  actor: () => string;
  now?: () => Date;
}

/**
 * The merchant's webhook endpoint: its address is a setting, its signing secret lives in the OS
 * keychain (or, where there is none, in memory for this session) and never touches the database,
 * the logs, the audit trail or an export. Changes are audited, address only.
 */
export class WebhookEndpoints {
  private secret: string | null = null;
  private readonly settings: SettingsRepo;
  private readonly now: () => Date;

  constructor(private readonly deps: WebhookEndpointsDeps) {
    this.settings = new SettingsRepo(deps.db);
    this.now = deps.now ?? ((): Date => new Date());
  }

  /** Reads the kept secret once at start-up; until then (or without one) the endpoint is not ready. */
  async restore(): Promise<void> {
    if (this.deps.secrets?.persistent) this.secret = await this.deps.secrets.get(SECRET_KEY);
  }

  view(): WebhookEndpoint | null {
    const url = this.settings.get('webhook.url', StoredUrl);
    if (url === undefined) return null;
    return { url, secretKept: this.deps.secrets?.persistent ? 'os_keychain' : 'memory', ready: this.secret !== null };
  }

  async configure(url: string, signingSecret: string): Promise<WebhookEndpoint> {
    const checked = checkedWebhookUrl(url);
    if (this.deps.secrets?.persistent) await this.deps.secrets.set(SECRET_KEY, signingSecret);
    this.secret = signingSecret;
    this.change('webhook.configure', checked);
    const after = this.view();
    if (!after) throw new Error('the webhook endpoint vanished while being saved');
    return after;
  }

  async remove(): Promise<boolean> {
    const existed = this.view() !== null;
    if (this.deps.secrets?.persistent) await this.deps.secrets.delete(SECRET_KEY);
    this.secret = null;
    if (existed) this.change('webhook.remove', null);
    return existed;
  }

  /** Where to send and how to sign, or null while either is unknown (rows wait). */
  destination(endpointId: string): WebhookDestination | null {
    if (endpointId !== WEBHOOK_ENDPOINT_ID || this.secret === null) return null;
    const url = this.view()?.url;
    return url ? { url, secret: this.secret } : null;
  }

  private change(action: 'webhook.configure' | 'webhook.remove', url: string | null): void {
    const { db } = this.deps;
    db.transaction(() => {
      const at = this.now();
      const before = this.view()?.url ?? null;
      if (url === null) this.settings.delete('webhook.url');
      else this.settings.set('webhook.url', url, at);
      appendAudit(db, { at, actor: this.deps.actor(), action, entityType: 'webhook_endpoint', entityId: WEBHOOK_ENDPOINT_ID, before: { url: before }, after: { url } });
    });
  }
}

/** The webhook address as stored: https anywhere, http only on loopback (a local test receiver), since events carry customer data. */
export function checkedWebhookUrl(text: string): string {
  let url: URL;
  try {
    url = checkedPartnerUrl(text, 'The webhook address');
  } catch (error) {
    if (error instanceof BaseUrlError) throw new ApiError('validation', error.message);
    throw error;
  }
  url.hash = '';
  if (redactText(url.href) !== url.href) {
    throw new ApiError('validation', 'The webhook address holds what looks like a card number, which Paydesk never stores');
  }
  return url.href;
}
