import type { ConnectorKind, ConnectorMode } from '../../../shared/contract/connectors';

export interface GatewayCredentials {
  kind: 'gateway';
  /** Stripe-style secret key, sent as a bearer token. Held in memory only. */
  apiKey: string;
}

/** Fetches a current access token, refreshing it when it is about to expire (Xero OAuth2). */
export type AccessTokenSource = () => Promise<string>;

export interface BillingCredentials {
  kind: 'billing';
  /** A fixed bearer token (the sandbox's, a custom connection's), or a source that refreshes one. */
  accessToken: string | AccessTokenSource;
  tenantId: string;
}

/** The bearer token to send now. */
export function bearerToken(credentials: BillingCredentials): Promise<string> {
  const { accessToken } = credentials;
  return typeof accessToken === 'string' ? Promise.resolve(accessToken) : accessToken();
}

/** A partner the workspace talks to, with the secrets it needs at run time. */
export interface ConnectorConfig {
  id: string;
  kind: ConnectorKind;
  name: string;
  mode: ConnectorMode;
  baseUrl: string;
  credentials: GatewayCredentials | BillingCredentials;
}
