import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/core/backend';
import type { SecretStore } from '../../../electron/core/secrets/secret-store';
import { startSandbox, type Sandbox } from '../../../electron/sandbox';
import { memorySecrets } from '../../helpers/memory-secrets';
import { useTempDirs } from '../../helpers/temp-dir';
import { until } from '../../helpers/until';

const tempDir = useTempDirs();
const quiet = { info: () => undefined, error: () => undefined };
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
});
afterAll(() => sandbox.close());

function backendAt(dataDir: string, secrets: SecretStore | null): Backend {
  return createBackend({ dataDir, version: 't', connectors: [], sandbox: null, secrets, logger: quiet, healthIntervalMs: 60_000 });
}

describe('connecting a live account', () => {
  it('keeps the key in the secret store only, checks the connection, and restores it on the next start', async () => {
    const dataDir = tempDir();
    const secrets = memorySecrets();
    const first = backendAt(dataDir, secrets);
    expect(first.info.secretStorage).toBe('os_keychain');
    const configured = await first.dispatch('connectors.configure', {
      setup: { kind: 'gateway', name: 'Stripe (test mode)', baseUrl: sandbox.gateway.url, apiKey: sandbox.credentials.gatewayKey },
    });
    expect(configured).toMatchObject({ ok: true, value: { id: 'live-gateway', mode: 'live', health: { state: 'healthy' } } });
    expect([...secrets.values.values()]).toEqual([sandbox.credentials.gatewayKey]);
    await first.close();

    const onDisk = readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)).toString('latin1'));
    expect(onDisk.some((content) => content.includes(sandbox.credentials.gatewayKey))).toBe(false);

    const second = backendAt(dataDir, secrets);
    const listed = await until(
      () => second.dispatch('connectors.list', {}),
      (envelope) => envelope.ok && Array.isArray(envelope.value) && envelope.value.length === 1,
    );
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'live-gateway', name: 'Stripe (test mode)' }] });
    expect(await second.dispatch('connectors.remove', { connectorId: 'live-gateway' })).toEqual({ ok: true, value: { removed: true } });
    expect(secrets.values.size).toBe(0);
    await second.close();
  });

  it('refuses plain http to another host and a console that keeps no secrets', async () => {
    const withSecrets = backendAt(tempDir(), memorySecrets());
    expect(
      await withSecrets.dispatch('connectors.configure', {
        setup: { kind: 'gateway', name: 'Stripe', baseUrl: 'http://api.stripe.com', apiKey: 'sk_live_12345678' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('https') } });
    await withSecrets.close();

    const browserConsole = backendAt(tempDir(), null);
    expect(browserConsole.info.secretStorage).toBe('none');
    expect(
      await browserConsole.dispatch('connectors.configure', {
        setup: { kind: 'gateway', name: 'Stripe', baseUrl: 'https://api.stripe.com', apiKey: 'sk_live_12345678' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('PAYDESK_GATEWAY_KEY') } });
    await browserConsole.close();
  });
});
