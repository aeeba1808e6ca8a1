import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/failure-of';
import { authoriseXero } from '../../../electron/core/connectors/xero-auth/authorise-xero';
import { chooseTenant } from '../../../electron/core/connectors/xero-auth/xero-connections';
import { followSignIn, startFakeIdentityServer } from './fake-identity-server';
import type { FakeIdentityServer } from './fake-identity-server';

let identity: FakeIdentityServer;
beforeEach(async () => {
  identity = await startFakeIdentityServer();
});
afterEach(() => identity.close());


describe('authoriseXero against a fake identity server', () => {
  it('signs in with PKCE and a state round trip, then lists the granted tenants', async () => {
    let page = '';
    let openedUrl = '';
    const started = Date.now();
    const result = await authoriseXero({
      clientId: identity.clientId,
      endpoints: identity.endpoints,
      openBrowser: async (url) => {
        openedUrl = url;
        page = (await followSignIn(url)).page;
      },
    });

    const sent = identity.lastAuthorize;
    expect(sent?.get('response_type')).toBe('code');
    expect(sent?.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(sent?.get('scope')).toBe('openid profile email accounting.transactions accounting.settings offline_access');
    expect(sent?.get('state')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(openedUrl.startsWith(`${identity.url}/authorize?`)).toBe(true);

    const form = identity.tokenForms[0];
    const verifier = form?.get('code_verifier') ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(sent?.get('code_challenge'));
    expect(form?.get('grant_type')).toBe('authorization_code');
    expect(form?.get('client_id')).toBe(identity.clientId);
    expect(form?.get('redirect_uri')).toBe(sent?.get('redirect_uri'));
    expect(openedUrl).not.toContain(verifier);

    expect(result.tokens.accessToken).toMatch(/^at_/);
    expect(result.tokens.refreshToken).toMatch(/^rt_/);
    const expiresAt = Date.parse(result.tokens.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(started + 1_800_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 1_800_000);
    expect(result.tenants).toEqual([{ connectionId: 'conn-1', tenantId: 'tenant-1', tenantName: 'Demo Company (UK)', tenantType: 'ORGANISATION' }]);
    expect(chooseTenant(result.tenants)?.tenantId).toBe('tenant-1');
    expect(page).toContain('You can close this window');

    // The listener took its one callback and is gone.
    await expect(fetch(sent?.get('redirect_uri') ?? '')).rejects.toThrow();
  });

  it('refuses a callback with the wrong state and keeps waiting for the right one', async () => {
    let wrong = { status: 0, page: '' };
    const result = await authoriseXero({
      clientId: identity.clientId,
      endpoints: identity.endpoints,
      openBrowser: async (url) => {
        wrong = await followSignIn(url, (callback) => callback.searchParams.set('state', 'forged'));
        await followSignIn(url);
      },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.page).toMatch(/does not belong to the sign-in Paydesk is waiting for/);
    // The forged callback's code was never exchanged: only the genuine one reached /token.
    expect(identity.tokenForms).toHaveLength(1);
    expect(result.tokens.accessToken).toMatch(/^at_/);
  });

  it('times out when the user never finishes signing in', async () => {
    const failure = await failureOf(
      authoriseXero({ clientId: identity.clientId, endpoints: identity.endpoints, openBrowser: () => undefined, timeoutMs: 150 }),
    );
    expect(failure.failureClass).toBe('integration');
    expect(failure.message).toBe('Sign-in to Xero was not completed within 1 second. Start again from Connections.');
  });

  it('reports access declined in Xero', async () => {
    identity.authorizeError = 'access_denied';
    const failure = await failureOf(
      authoriseXero({ clientId: identity.clientId, endpoints: identity.endpoints, openBrowser: async (url) => void (await followSignIn(url)) }),
    );
    expect(failure).toMatchObject({ failureClass: 'integration', message: 'Access was declined in Xero. Start again from Connections.' });
  });

  it('stops waiting when cancelled', async () => {
    const controller = new AbortController();
    const failure = await failureOf(
      authoriseXero({ clientId: identity.clientId, endpoints: identity.endpoints, openBrowser: () => controller.abort(), signal: controller.signal }),
    );
    expect(failure.message).toMatch(/cancelled/);
  });

  it('closes the listener when the browser cannot be opened', async () => {
    let redirect = '';
    await expect(
      authoriseXero({
        clientId: identity.clientId,
        endpoints: identity.endpoints,
        openBrowser: (url) => {
          redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
          throw new Error('no browser');
        },
      }),
    ).rejects.toThrow('no browser');
    await expect(fetch(redirect)).rejects.toThrow();
  });

  it('classifies a token endpoint outage as a system failure and an unreachable one as connection', async () => {
    identity.tokenStatus = 503;
    const outage = await failureOf(
      authoriseXero({ clientId: identity.clientId, endpoints: identity.endpoints, openBrowser: async (url) => void (await followSignIn(url)) }),
    );
    expect(outage).toMatchObject({ failureClass: 'system', httpStatus: 503, endpoint: 'POST /connect/token' });

    identity.tokenStatus = null;
    const unreachable = await failureOf(
      authoriseXero({
        clientId: identity.clientId,
        endpoints: { ...identity.endpoints, tokenUrl: 'http://127.0.0.1:9/connect/token' },
        openBrowser: async (url) => void (await followSignIn(url)),
      }),
    );
    expect(unreachable.failureClass).toBe('connection');
  });

  it('is refused with invalid_client when the client id is wrong, saying what to check', async () => {
    const failure = await failureOf(
      authoriseXero({
        clientId: identity.clientId,
        endpoints: identity.endpoints,
        openBrowser: async (url) => {
          await followSignIn(url);
          // The app registration changes between sign-in and code exchange: the token request is refused.
          identity.clientId = 'someone-else';
        },
      }),
    );
    expect(failure).toMatchObject({ failureClass: 'integration', httpStatus: 400 });
    expect(failure.message).toMatch(/invalid_client.*client id/);
  });
});
