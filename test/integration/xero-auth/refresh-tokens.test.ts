import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/failure-of';
import { secretStoreTokenHolder } from '../../../electron/core/connectors/xero-auth/secret-store-token-holder';
import { exchangeAuthorizationCode, refreshXeroTokens } from '../../../electron/core/connectors/xero-auth/token-client';
import { XeroAccessTokens } from '../../../electron/core/connectors/xero-auth/xero-access-tokens';
import type { XeroTokenHolder } from '../../../electron/core/connectors/xero-auth/xero-access-tokens';
import type { XeroTokens } from '../../../electron/core/connectors/xero-auth/xero-tokens';
import { environmentSecrets } from '../../../electron/core/secrets/environment-secrets';
import { startFakeIdentityServer } from './fake-identity-server';
import type { FakeIdentityServer } from './fake-identity-server';

let identity: FakeIdentityServer;
beforeEach(async () => {
  identity = await startFakeIdentityServer();
});
afterEach(() => identity.close());

function memoryHolder(initial: XeroTokens | null): XeroTokenHolder & { current: XeroTokens | null; saves: number } {
  const holder = {
    current: initial,
    saves: 0,
    load: async () => holder.current,
    save: async (tokens: XeroTokens) => {
      holder.current = tokens;
      holder.saves += 1;
    },
  };
  return holder;
}

function endpoint(now = Date.now): { tokenUrl: string; clientId: string; now: () => number } {
  return { tokenUrl: identity.endpoints.tokenUrl, clientId: identity.clientId, now };
}


describe('XeroAccessTokens', () => {
  it('uses the access token as is while it has more than a minute left', async () => {
    const holder = memoryHolder({ accessToken: 'at_current', refreshToken: identity.issueRefreshToken(), expiresAt: new Date(Date.now() + 61_000 + 5_000).toISOString() });
    expect(await new XeroAccessTokens(endpoint(), holder).accessToken()).toBe('at_current');
    expect(identity.refreshCount).toBe(0);
  });

  it('refreshes within 60 s of expiry, rotating and saving the refresh token', async () => {
    const first = identity.issueRefreshToken();
    const holder = memoryHolder({ accessToken: 'at_old', refreshToken: first, expiresAt: new Date(Date.now() + 59_000).toISOString() });
    const tokens = new XeroAccessTokens(endpoint(), holder);
    const access = await tokens.accessToken();
    expect(access).toMatch(/^at_/);
    expect(access).not.toBe('at_old');
    expect(holder.current?.refreshToken).not.toBe(first);
    expect(holder.saves).toBe(1);
    expect(identity.tokenForms[0]?.get('grant_type')).toBe('refresh_token');
    expect(identity.tokenForms[0]?.get('client_id')).toBe(identity.clientId);

    // The spent refresh token is refused: the fake rotates like Xero does.
    const reuse = await failureOf(refreshXeroTokens(endpoint(), first));
    expect(reuse).toMatchObject({ failureClass: 'integration', httpStatus: 400 });
    expect(reuse.message).toMatch(/invalid_grant.*Reconnect Xero in Connections/);
    expect(reuse.message).not.toContain(first);
  });

  it('shares one refresh between concurrent callers', async () => {
    const holder = memoryHolder({ accessToken: 'at_old', refreshToken: identity.issueRefreshToken(), expiresAt: new Date(0).toISOString() });
    const tokens = new XeroAccessTokens(endpoint(), holder);
    const all = await Promise.all([tokens.accessToken(), tokens.accessToken(), tokens.accessToken()]);
    expect(new Set(all).size).toBe(1);
    expect(identity.refreshCount).toBe(1);
  });

  it('does not spend a refresh token twice when a caller read the tokens before another refreshed them', async () => {
    const holder = memoryHolder({ accessToken: 'at_old', refreshToken: identity.issueRefreshToken(), expiresAt: new Date(0).toISOString() });
    let openGate = (): void => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let loads = 0;
    const slowFirstLoad: XeroTokenHolder = {
      load: async () => {
        loads += 1;
        const snapshot = holder.current;
        if (loads === 1) await gate;
        return snapshot;
      },
      save: (tokens) => holder.save(tokens),
    };
    const tokens = new XeroAccessTokens(endpoint(), slowFirstLoad);
    const late = tokens.accessToken();
    const early = await tokens.accessToken();
    openGate();
    expect(await late).toBe(early);
    expect(identity.refreshCount).toBe(1);
  });

  it('asks to reconnect when the refresh token is no longer accepted', async () => {
    const holder = memoryHolder({ accessToken: 'at_old', refreshToken: 'rt_revoked', expiresAt: new Date(0).toISOString() });
    const failure = await failureOf(new XeroAccessTokens(endpoint(), holder).accessToken());
    expect(failure).toMatchObject({ failureClass: 'integration', endpoint: 'POST /connect/token' });
    expect(failure.message).toMatch(/Reconnect Xero/);
    expect(holder.saves).toBe(0);
  });

  it('says Xero is not connected when nothing is stored', async () => {
    const failure = await failureOf(new XeroAccessTokens(endpoint(), memoryHolder(null)).accessToken());
    expect(failure.message).toBe('Xero is not connected. Connect it in Connections.');
  });

  it('refreshes from a bare refresh token given in the environment, keeping the rotation in memory', async () => {
    const store = environmentSecrets({ PAYDESK_BILLING_REFRESH_TOKEN: identity.issueRefreshToken() }, { gateway: 'gw', billing: 'xero' });
    const tokens = new XeroAccessTokens(endpoint(), secretStoreTokenHolder(store, 'xero'));
    const access = await tokens.accessToken();
    expect(access).toMatch(/^at_/);
    expect(await tokens.accessToken()).toBe(access);
    expect(identity.refreshCount).toBe(1);
    expect(await store.get('connector:xero:oauthTokens')).toContain(access);
  });
});

describe('exchangeAuthorizationCode', () => {
  it('refuses an unknown or reused code as invalid_grant', async () => {
    const failure = await failureOf(
      exchangeAuthorizationCode(endpoint(), { code: 'code_made_up', codeVerifier: 'v'.repeat(43), redirectUri: 'http://127.0.0.1:1/callback' }),
    );
    expect(failure).toMatchObject({ failureClass: 'integration', httpStatus: 400 });
    expect(failure.message).toMatch(/invalid_grant/);
  });
});
