import type { ConnectorKind, ConnectorMode } from '../../../shared/contract/connectors';

export interface GatewayCredentials {
  kind: 'gateway';
  /** Stripe-style secret key, sent as a bearer token. Held in memory only. */
  apiKey: string;
}

export interface BillingCredentials {
  kind: 'billing';
  /** OAuth2 access token (or the sandbox's plain token). Held in memory only. */
  accessToken: string;
  tenantId: string;
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
