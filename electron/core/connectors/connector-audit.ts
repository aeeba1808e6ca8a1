import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import type { ConnectorConfig } from './connector-config';

/** A connector as the audit trail records it: where it points and which account, never a secret. */
export interface ConnectorFacts {
  id: string;
  kind: ConnectorConfig['kind'];
  name: string;
  mode: ConnectorConfig['mode'];
  baseUrl: string;
  tenantId: string | null;
}

export function connectorFacts(connector: ConnectorConfig): ConnectorFacts {
  const { id, kind, name, mode, baseUrl, credentials } = connector;
  return { id, kind, name, mode, baseUrl, tenantId: credentials.kind === 'billing' ? credentials.tenantId : null };
}

export interface ConnectorChange {
  action: 'connector.configure' | 'connector.remove';
  connectorId: string;
  before: ConnectorConfig | undefined;
  after: ConnectorConfig | undefined;
  /** How it was set up: a key or token typed in, or a sign-in. */
  method?: 'credentials' | 'xero_sign_in';
  actor: string;
  at: Date;
}

export function auditConnectorChange(db: Database, change: ConnectorChange): void {
  appendAudit(db, {
    at: change.at,
    actor: change.actor,
    action: change.action,
    entityType: 'connector',
    entityId: change.connectorId,
    before: change.before ? connectorFacts(change.before) : null,
    after: change.after ? { ...connectorFacts(change.after), ...(change.method ? { method: change.method } : {}) } : null,
  });
}
