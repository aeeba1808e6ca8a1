import { describe, expect, it } from 'vitest';
import { buildAuthorizationUrl } from '../../../../electron/core/connectors/xero-auth/authorization-url';
import { callbackPage } from '../../../../electron/core/connectors/xero-auth/callback-page';
import { codeChallengeS256, createCodeVerifier, createState, sameSecret } from '../../../../electron/core/connectors/xero-auth/pkce';
import { chooseTenant } from '../../../../electron/core/connectors/xero-auth/xero-connections';
import type { XeroTenant } from '../../../../electron/core/connectors/xero-auth/xero-connections';
import { DEFAULT_XERO_ENDPOINTS, DEFAULT_XERO_SCOPES, xeroEndpoints } from '../../../../electron/core/connectors/xero-auth/xero-endpoints';
import { needsRefresh, parseStoredTokens, serializeTokens } from '../../../../electron/core/connectors/xero-auth/xero-tokens';

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes fresh, well-formed verifiers and states', () => {
    const verifier = createCodeVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createCodeVerifier()).not.toBe(verifier);
    expect(createState()).not.toBe(createState());
  });

  it('compares states exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });
});

describe('buildAuthorizationUrl', () => {
  it('asks for a code with the S256 challenge, our loopback redirect and the scopes', () => {
    const url = buildAuthorizationUrl({
      authorizeUrl: DEFAULT_XERO_ENDPOINTS.authorizeUrl,
      clientId: 'client-1',
      redirectUri: 'http://127.0.0.1:53682/callback',
      scopes: DEFAULT_XERO_SCOPES,
      state: 'state-1',
      codeChallenge: 'challenge-1',
    });
    expect(`${url.origin}${url.pathname}`).toBe('https://login.xero.com/identity/connect/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'http://127.0.0.1:53682/callback',
      scope: 'openid profile email accounting.transactions accounting.settings offline_access',
      state: 'state-1',
      code_challenge: 'challenge-1',
      code_challenge_method: 'S256',
    });
  });

  it('defaults to Xero and takes any endpoint override', () => {
    expect(xeroEndpoints()).toEqual({
      authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
      tokenUrl: 'https://identity.xero.com/connect/token',
      connectionsUrl: 'https://api.xero.com/connections',
    });
    expect(xeroEndpoints({ tokenUrl: 'http://127.0.0.1:1/token' }).tokenUrl).toBe('http://127.0.0.1:1/token');
  });
});

describe('token freshness and storage', () => {
  const now = Date.parse('2026-05-01T12:00:00Z');
  const at = (offsetMs: number) => ({ accessToken: 'a', refreshToken: 'r', expiresAt: new Date(now + offsetMs).toISOString() });

  it('refreshes within 60 seconds of expiry, not before', () => {
    expect(needsRefresh(at(61_000), now)).toBe(false);
    expect(needsRefresh(at(60_000), now)).toBe(true);
    expect(needsRefresh(at(-1), now)).toBe(true);
    expect(needsRefresh({ ...at(0), expiresAt: 'garbage' }, now)).toBe(true);
  });

  it('round-trips through storage and rejects anything else', () => {
    expect(parseStoredTokens(serializeTokens(at(5)))).toEqual(at(5));
    expect(parseStoredTokens('not json')).toBeNull();
    expect(parseStoredTokens('{"accessToken":"a"}')).toBeNull();
  });
});

describe('chooseTenant', () => {
  const organisation = (tenantId: string): XeroTenant => ({ connectionId: `c-${tenantId}`, tenantId, tenantName: tenantId, tenantType: 'ORGANISATION' });
  const practice: XeroTenant = { connectionId: 'c-p', tenantId: 'p', tenantName: 'Practice', tenantType: 'PRACTICE' };

  it('picks the only organisation, or the one asked for', () => {
    expect(chooseTenant([organisation('a'), practice])?.tenantId).toBe('a');
    expect(chooseTenant([organisation('a'), organisation('b')], 'b')?.tenantId).toBe('b');
  });

  it('leaves the choice to the user when there are several or none', () => {
    expect(chooseTenant([organisation('a'), organisation('b')])).toBeNull();
    expect(chooseTenant([])).toBeNull();
    expect(chooseTenant([organisation('a')], 'missing')).toBeNull();
  });
});

describe('callbackPage', () => {
  it('escapes what the partner sent back', () => {
    const page = callbackPage('Xero sign-in did not complete', 'Xero answered "<script>alert(1)</script>".');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;');
  });
});
