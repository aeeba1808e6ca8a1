/** One live connector per kind: connecting again replaces the account. */
export const LIVE_CONNECTOR_IDS = { gateway: 'live-gateway', billing: 'live-billing' } as const;

/** Where Xero's Accounting API lives; tests and proxies may point elsewhere. */
export const XERO_API_BASE_URL = 'https://api.xero.com';
