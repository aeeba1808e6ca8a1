import { checkedPartnerUrl } from '../base-url';

/** Where Xero's identity service lives. Each URL is configurable so tests can use a fake server. */
export interface XeroEndpoints {
  authorizeUrl: string;
  tokenUrl: string;
  /** The full URL of the connections list (the tenants the user granted). */
  connectionsUrl: string;
}

export const DEFAULT_XERO_ENDPOINTS: XeroEndpoints = {
  authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
  tokenUrl: 'https://identity.xero.com/connect/token',
  connectionsUrl: 'https://api.xero.com/connections',
};

/** Read and write invoices and payments, read organisation settings, and stay connected. */
export const DEFAULT_XERO_SCOPES: readonly string[] = [
  'openid',
  'profile',
  'email',
  'accounting.transactions',
  'accounting.settings',
  // Without it Xero issues no refresh token and the user would sign in every 30 minutes.
  'offline_access',
];

/** Xero's endpoints with any overrides, each checked: https, or http on this computer only. */
export function xeroEndpoints(overrides: Partial<XeroEndpoints> = {}): XeroEndpoints {
  const endpoints = { ...DEFAULT_XERO_ENDPOINTS, ...overrides };
  return {
    authorizeUrl: checkedPartnerUrl(endpoints.authorizeUrl, "Xero's sign-in address").href,
    tokenUrl: checkedPartnerUrl(endpoints.tokenUrl, "Xero's token address").href,
    connectionsUrl: checkedPartnerUrl(endpoints.connectionsUrl, "Xero's connections address").href,
  };
}
