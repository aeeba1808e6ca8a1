import { z } from 'zod';
import { classifyHttpStatus, describeNetworkError, parseRetryAfter } from '../classify-failure';
import { TransmissionError } from '../transmission-error';
import type { XeroTokens } from './xero-tokens';

export const TOKEN_TIMEOUT_MS = 15_000;

export interface TokenEndpoint {
  tokenUrl: string;
  clientId: string;
  timeoutMs?: number;
  now?: () => number;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().positive(),
  token_type: z.string().refine((type) => type.toLowerCase() === 'bearer', 'a bearer token'),
});

const OAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

/** Trades the code from the callback (and the verifier only this process knows) for tokens. */
export async function exchangeAuthorizationCode(
  endpoint: TokenEndpoint,
  grant: { code: string; codeVerifier: string; redirectUri: string },
): Promise<XeroTokens> {
  const tokens = await postTokenRequest(endpoint, {
    grant_type: 'authorization_code',
    code: grant.code,
    code_verifier: grant.codeVerifier,
    redirect_uri: grant.redirectUri,
    client_id: endpoint.clientId,
  });
  if (tokens.refreshToken === null) {
    throw new TransmissionError(
      'integration',
      endpointName(endpoint),
      'Xero gave no refresh token (the offline_access permission is missing). Reconnect Xero in Connections.',
    );
  }
  return { ...tokens, refreshToken: tokens.refreshToken };
}

/** Uses the refresh token once; Xero answers with a new one, which the caller must keep. */
export async function refreshXeroTokens(endpoint: TokenEndpoint, refreshToken: string): Promise<XeroTokens> {
  const tokens = await postTokenRequest(endpoint, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: endpoint.clientId,
  });
  // A server that does not rotate keeps the old refresh token valid.
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}

async function postTokenRequest(
  endpoint: TokenEndpoint,
  form: Record<string, string>,
): Promise<{ accessToken: string; refreshToken: string | null; expiresAt: string }> {
  const name = endpointName(endpoint);
  const requestedAt = (endpoint.now ?? Date.now)();
  let response: Response;
  let text: string;
  try {
    response = await fetch(endpoint.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(endpoint.timeoutMs ?? TOKEN_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    throw new TransmissionError('connection', name, `Could not reach Xero's sign-in service: ${describeNetworkError(error)}.`);
  }
  if (!response.ok) throw tokenError(name, response, text);
  const parsed = TokenResponse.safeParse(parseJson(text));
  if (!parsed.success) {
    // Deliberately not quoting the body: it may hold a token.
    throw new TransmissionError('integration', name, "Xero's sign-in service answered in an unexpected shape. Reconnect Xero in Connections; if it persists, contact support.", response.status);
  }
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? null,
    // Counted from when we asked, not when the answer arrived, so we never think it fresher than it is.
    expiresAt: new Date(requestedAt + parsed.data.expires_in * 1000).toISOString(),
  };
}

function tokenError(name: string, response: Response, text: string): TransmissionError {
  const status = response.status;
  const failureClass = classifyHttpStatus(status);
  if (failureClass === 'system') {
    return new TransmissionError('system', name, `Xero's sign-in service is unwell (HTTP ${status}). Try again in a few minutes.`, status, parseRetryAfter(response.headers.get('retry-after')));
  }
  const body = OAuthError.safeParse(parseJson(text));
  const code = body.success ? body.data.error : `HTTP ${status}`;
  return new TransmissionError('integration', name, oauthErrorMessage(code), status);
}

/** RFC 6749 section 5.2 error codes, in words that say what to do. */
function oauthErrorMessage(code: string): string {
  switch (code) {
    case 'invalid_grant':
      return 'Xero no longer accepts this sign-in (invalid_grant: it expired, was revoked or was already used). Reconnect Xero in Connections.';
    case 'invalid_client':
    case 'unauthorized_client':
      return `Xero does not recognise Paydesk's app registration (${code}). Check the Xero client id in Settings, then reconnect Xero in Connections.`;
    default:
      return `Xero refused the sign-in (${code.slice(0, 80)}). Reconnect Xero in Connections.`;
  }
}

function endpointName(endpoint: TokenEndpoint): string {
  try {
    return `POST ${new URL(endpoint.tokenUrl).pathname}`;
  } catch {
    return 'POST token';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
