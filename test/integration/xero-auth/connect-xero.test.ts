import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { SecretStore } from '../../../electron/core/secrets/secret-store';
import { memorySecrets } from '../../helpers/memory-secrets';
import { useTempDirs } from '../../helpers/temp-dir';
import { followSignIn, startFakeIdentityServer, type FakeIdentityServer } from './fake-identity-server';

const tempDir = useTempDirs();
const quiet = { info: () => undefined, error: () => undefined };
let identity: FakeIdentityServer;

beforeEach(async () => {
  identity = await startFakeIdentityServer();
});
afterEach(() => identity.close());

function backendAt(dataDir: string, secrets: SecretStore): Backend {
  return createBackend({
    dataDir,
    version: 't',
    connectors: [],
    sandbox: null,
    secrets,
    logger: quiet,
    healthIntervalMs: 60_000,
    xero: { apiBaseUrl: identity.url, endpoints: identity.endpoints },
  });
}

describe('connecting Xero from the console', () => {
  it('hands back the sign-in page, then keeps the tokens in the keychain and the organisation on the connector', async () => {
    const dataDir = tempDir();
    const secrets = memorySecrets();
    const backend = backendAt(dataDir, secrets);
    const started = await backend.dispatch('connectors.connectXero', { signIn: { clientId: identity.clientId } });
    if (!started.ok) throw new Error(started.error.message);
    const { authorizeUrl, job } = started.value as { authorizeUrl: string; job: { jobId: string; kind: string } };
    expect(authorizeUrl.startsWith(`${identity.url}/authorize?`)).toBe(true);
    expect(job.kind).toBe('connect');

    const { page } = await followSignIn(authorizeUrl);
    expect(page).toContain('You can close this window');
    let jobs: { jobId: string; state: string; message: string | null }[] = [];
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const listed = await backend.dispatch('jobs.list', {});
      jobs = listed.ok ? (listed.value as typeof jobs) : [];
      if (jobs.find((candidate) => candidate.jobId === job.jobId)?.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(jobs.find((candidate) => candidate.jobId === job.jobId)).toMatchObject({ state: 'succeeded', message: 'Connected Xero' });

    const listed = await backend.dispatch('connectors.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'live-billing', kind: 'billing', mode: 'live', name: 'Xero' }] });
    expect([...secrets.values.keys()]).toEqual(['connector:live-billing:oauthTokens']);
    expect(secrets.values.get('connector:live-billing:oauthTokens')).toMatch(/"refreshToken":"rt_/);
    await backend.close();

    const again = backendAt(dataDir, secrets);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const relisted = await again.dispatch('connectors.list', {});
      if (relisted.ok && Array.isArray(relisted.value) && relisted.value.length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await again.dispatch('connectors.list', {})).toMatchObject({ ok: true, value: [{ id: 'live-billing' }] });
    expect(await again.dispatch('connectors.remove', { connectorId: 'live-billing' })).toEqual({ ok: true, value: { removed: true } });
    expect(secrets.values.size).toBe(0);
    await again.close();
  });

  it('is refused by a console that keeps no secrets', async () => {
    const backend = createBackend({ dataDir: tempDir(), version: 't', connectors: [], sandbox: null, secrets: null, logger: quiet });
    expect(await backend.dispatch('connectors.connectXero', { signIn: { clientId: identity.clientId } })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    await backend.close();
  });
});
