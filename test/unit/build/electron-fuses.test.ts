import { resolve } from 'node:path';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';

const root = resolve(import.meta.dirname, '..', '..', '..');

// Read with electron-builder's own loader, so this is what `npm run dist` flips, not our reading.
async function builderConfig() {
  const config = await getConfig(root, 'electron-builder.yml', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('the packaging fuses in electron-builder.yml', () => {
  it('keep the packaged app from running as Node, taking NODE_OPTIONS or --inspect', async () => {
    const { electronFuses } = await builderConfig();
    expect(electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    });
  });

  it('load only the app.asar, checked against its embedded integrity hash', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });

  it('give file:// no extra privileges and encrypt the cookie store', async () => {
    const { electronFuses } = await builderConfig();
    expect(electronFuses).toMatchObject({ grantFileProtocolExtraPrivileges: false, enableCookieEncryption: true });
  });
});
