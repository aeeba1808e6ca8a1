import { buildAuthorizationUrl } from './authorization-url';
import { startLoopbackListener } from './loopback-listener';
import { codeChallengeS256, createCodeVerifier, createState } from './pkce';
import { exchangeAuthorizationCode } from './token-client';
import { listXeroTenants } from './xero-connections';
import type { XeroTenant } from './xero-connections';
import { DEFAULT_XERO_SCOPES, xeroEndpoints } from './xero-endpoints';
import type { XeroEndpoints } from './xero-endpoints';
import type { XeroTokens } from './xero-tokens';

export const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

export interface AuthoriseXeroOptions {
  /** The Xero app's client id (a PKCE app: there is no client secret). */
  clientId: string;
  /** Opens the sign-in page: shell.openExternal in Electron; the CLI prints the URL instead. */
  openBrowser: (url: string) => void | Promise<void>;
  scopes?: readonly string[];
  endpoints?: Partial<XeroEndpoints>;
  /** How long the user has to sign in; 5 minutes by default. */
  timeoutMs?: number;
  /** Fixed loopback port, when the app registration's redirect URI names one; random otherwise. */
  port?: number;
  signal?: AbortSignal;
  now?: () => number;
}

export interface XeroAuthorisation {
  tokens: XeroTokens;
  /** The organisations granted; see chooseTenant, or let the user pick when there are several. */
  tenants: XeroTenant[];
}

/**
 * Xero's authorisation-code flow with PKCE for a desktop app: sign-in in the system browser
 * (never an embedded window, which would see the password), answer on a loopback port, then
 * code → tokens → granted tenants.
 */
export async function authoriseXero(options: AuthoriseXeroOptions): Promise<XeroAuthorisation> {
  const endpoints = xeroEndpoints(options.endpoints);
  const codeVerifier = createCodeVerifier();
  const state = createState();
  const listener = await startLoopbackListener({
    state,
    timeoutMs: options.timeoutMs ?? SIGN_IN_TIMEOUT_MS,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    const url = buildAuthorizationUrl({
      authorizeUrl: endpoints.authorizeUrl,
      clientId: options.clientId,
      redirectUri: listener.redirectUri,
      scopes: options.scopes ?? DEFAULT_XERO_SCOPES,
      state,
      codeChallenge: codeChallengeS256(codeVerifier),
    });
    await options.openBrowser(url.toString());
    const code = await listener.code;
    const tokens = await exchangeAuthorizationCode(
      { tokenUrl: endpoints.tokenUrl, clientId: options.clientId, ...(options.now ? { now: options.now } : {}) },
      { code, codeVerifier, redirectUri: listener.redirectUri },
    );
    const tenants = await listXeroTenants(endpoints.connectionsUrl, tokens.accessToken);
    return { tokens, tenants };
  } finally {
    await listener.close();
  }
}
