import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentSecrets } from '../../../../electron/core/secrets/environment-secrets';

describe('environmentSecrets', () => {
  const env = {
    PAYDESK_GATEWAY_KEY: 'sk_test_env',
    PAYDESK_BILLING_TOKEN: ' at-env ',
    PAYDESK_BILLING_REFRESH_TOKEN: '',
    HOME: '/home/someone',
  };

  it('maps the variables to connector secrets, ignoring empty ones', async () => {
    const store = environmentSecrets(env);
    expect(store.persistent).toBe(false);
    expect(await store.get('connector:gateway:apiKey')).toBe('sk_test_env');
    expect(await store.get('connector:billing:accessToken')).toBe('at-env');
    expect(await store.get('connector:billing:refreshToken')).toBeNull();
    expect(await store.get('HOME')).toBeNull();
  });

  it('uses the connector ids it is given', async () => {
    const store = environmentSecrets(env, { gateway: 'stripe-live', billing: 'xero-live' });
    expect(await store.get('connector:stripe-live:apiKey')).toBe('sk_test_env');
    expect(await store.get('connector:gateway:apiKey')).toBeNull();
  });

  it('keeps changes in memory only, never on disk', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'paydesk-env-'));
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      const store = environmentSecrets(env);
      await store.set('connector:billing:oauthTokens', '{"rotated":true}');
      await store.delete('connector:gateway:apiKey');
      expect(await store.get('connector:billing:oauthTokens')).toBe('{"rotated":true}');
      expect(await store.get('connector:gateway:apiKey')).toBeNull();
      expect(await readdir(cwd)).toEqual([]);
      expect(env.PAYDESK_GATEWAY_KEY).toBe('sk_test_env');
    } finally {
      process.chdir(previous);
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
