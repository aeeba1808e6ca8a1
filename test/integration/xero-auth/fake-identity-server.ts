import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface FakeTenant {
  id: string;
  tenantId: string;
  tenantType: string;
  tenantName: string;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  used: boolean;
}

/**
 * A Xero-like identity server on 127.0.0.1 that checks what a real one checks: PKCE (S256 of the
 * verifier equals the challenge), the redirect URI, single-use codes and rotating refresh tokens.
 */
export interface FakeIdentityServer {
  url: string;
  endpoints: { authorizeUrl: string; tokenUrl: string; connectionsUrl: string };
  clientId: string;
  /** What the last /authorize request carried. */
  lastAuthorize: URLSearchParams | null;
  /** Every /token form received, for checks on what the client sent. */
  tokenForms: URLSearchParams[];
  refreshCount: number;
  tenants: FakeTenant[];
  expiresInSeconds: number;
  /** When set, /authorize sends the user back with this OAuth error instead of a code. */
  authorizeError: string | null;
  /** When set, /token answers this status (a 5xx outage). */
  tokenStatus: number | null;
  /** Issues a refresh token directly, as if from an earlier sign-in. */
  issueRefreshToken(): string;
  close(): Promise<void>;
}

export async function startFakeIdentityServer(): Promise<FakeIdentityServer> {
  const codes = new Map<string, PendingCode>();
  const refreshTokens = new Set<string>();
  const accessTokens = new Set<string>();
  const sockets = new Set<Socket>();
  const token = (prefix: string): string => `${prefix}_${randomBytes(12).toString('hex')}`;

  const issue = (): Record<string, unknown> => {
    const access = token('at');
    const refresh = token('rt');
    accessTokens.add(access);
    refreshTokens.add(refresh);
    return { access_token: access, refresh_token: refresh, expires_in: fake.expiresInSeconds, token_type: 'Bearer', id_token: token('id') };
  };

  const json = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const handleToken = (form: URLSearchParams, response: ServerResponse): void => {
    fake.tokenForms.push(form);
    if (fake.tokenStatus !== null) return json(response, fake.tokenStatus, { error: 'temporarily_unavailable' });
    if (form.get('client_id') !== fake.clientId) return json(response, 400, { error: 'invalid_client' });
    if (form.get('grant_type') === 'authorization_code') {
      const pending = codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!pending || pending.used || pending.redirectUri !== form.get('redirect_uri') || pending.challenge !== challenge) {
        return json(response, 400, { error: 'invalid_grant' });
      }
      pending.used = true;
      return json(response, 200, issue());
    }
    if (form.get('grant_type') === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      // Rotation: a refresh token works once.
      if (!refreshTokens.delete(presented)) return json(response, 400, { error: 'invalid_grant' });
      fake.refreshCount += 1;
      return json(response, 200, issue());
    }
    return json(response, 400, { error: 'unsupported_grant_type' });
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/authorize') {
      const params = url.searchParams;
      fake.lastAuthorize = params;
      const redirectUri = params.get('redirect_uri') ?? '';
      if (params.get('client_id') !== fake.clientId || params.get('response_type') !== 'code' || params.get('code_challenge_method') !== 'S256') {
        return void response.writeHead(400).end('bad authorize request');
      }
      const back = new URL(redirectUri);
      back.searchParams.set('state', params.get('state') ?? '');
      if (fake.authorizeError) {
        back.searchParams.set('error', fake.authorizeError);
      } else {
        const code = token('code');
        codes.set(code, { clientId: fake.clientId, redirectUri, challenge: params.get('code_challenge') ?? '', used: false });
        back.searchParams.set('code', code);
      }
      return void response.writeHead(302, { location: back.toString() }).end();
    }
    if (request.method === 'POST' && url.pathname === '/connect/token') return handleToken(new URLSearchParams(body), response);
    if (request.method === 'GET' && url.pathname === '/connections') {
      const bearer = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!accessTokens.has(bearer)) return json(response, 401, { Title: 'Unauthorized', Status: 401 });
      return json(response, 200, fake.tenants.map((tenant) => ({ ...tenant, authEventId: 'evt', createdDateUtc: '2026-01-01T00:00:00', updatedDateUtc: '2026-01-01T00:00:00' })));
    }
    response.writeHead(404).end();
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;

  const fake: FakeIdentityServer = {
    url,
    endpoints: { authorizeUrl: `${url}/authorize`, tokenUrl: `${url}/connect/token`, connectionsUrl: `${url}/connections` },
    clientId: 'paydesk-test-client',
    lastAuthorize: null,
    tokenForms: [],
    refreshCount: 0,
    tenants: [{ id: 'conn-1', tenantId: 'tenant-1', tenantType: 'ORGANISATION', tenantName: 'Demo Company (UK)' }],
    expiresInSeconds: 1800,
    authorizeError: null,
    tokenStatus: null,
    issueRefreshToken() {
      const refresh = token('rt');
      refreshTokens.add(refresh);
      return refresh;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}

/** Plays the system browser: opens the sign-in URL and follows Xero's redirect to the loopback listener. */
export async function followSignIn(url: string, tamper?: (callback: URL) => void): Promise<{ status: number; page: string }> {
  const authorize = await fetch(url, { redirect: 'manual' });
  const location = authorize.headers.get('location');
  if (!location) throw new Error(`the fake identity server answered ${authorize.status} without a redirect`);
  const callback = new URL(location);
  tamper?.(callback);
  const answer = await fetch(callback);
  return { status: answer.status, page: await answer.text() };
}
