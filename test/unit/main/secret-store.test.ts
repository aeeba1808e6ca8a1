import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** A stand-in for safeStorage: "encrypts" by prefixing and reversing, so round trips are checkable. */
const fake = {
  available: true,
  backend: 'gnome_libsecret' as Backend,
  shouldReEncrypt: false,
  isAsyncEncryptionAvailable: vi.fn(async () => fake.available),
  getSelectedStorageBackend: vi.fn(() => fake.backend),
  encryptStringAsync: vi.fn(async (text: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(text).reverse()])),
  decryptStringAsync: vi.fn(async (data: Buffer) => ({
    result: Buffer.from(data.subarray(3)).reverse().toString(),
    shouldReEncrypt: fake.shouldReEncrypt,
  })),
};

vi.mock('electron', () => ({ safeStorage: fake }));

const { createSafeStorageCipher, openSecretStore, SecretStorageUnavailableError } = await import('../../../electron/main/secret-store');

let dir: string;
beforeEach(async () => {
  fake.available = true;
  fake.backend = 'gnome_libsecret';
  fake.shouldReEncrypt = false;
  dir = await mkdtemp(join(tmpdir(), 'paydesk-safe-storage-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createSafeStorageCipher', () => {
  it("refuses Linux's basic_text backend, which does not really encrypt", async () => {
    fake.backend = 'basic_text';
    const refusal = createSafeStorageCipher(undefined, 'linux');
    await expect(refusal).rejects.toBeInstanceOf(SecretStorageUnavailableError);
    await expect(createSafeStorageCipher(undefined, 'linux')).rejects.toThrow(
      "Paydesk will not store secrets with the 'basic_text' backend, which does not really encrypt them. Install and unlock a keyring (GNOME Keyring or KWallet), or give the keys through environment variables.",
    );
  });

  it('refuses when encryption is not available, saying what to do', async () => {
    fake.available = false;
    await expect(createSafeStorageCipher(undefined, 'linux')).rejects.toThrow(/not available\. Install and unlock a keyring .*environment variables/);
    await expect(createSafeStorageCipher(undefined, 'darwin')).rejects.toThrow(/login keychain/);
    expect(fake.encryptStringAsync).not.toHaveBeenCalled();
  });

  it('does not ask for a Linux backend on other systems', async () => {
    fake.getSelectedStorageBackend.mockClear();
    fake.backend = 'basic_text';
    await expect(createSafeStorageCipher(undefined, 'win32')).resolves.toBeDefined();
    expect(fake.getSelectedStorageBackend).not.toHaveBeenCalled();
  });

  it('treats an unknown backend (before app ready) as a programming error', async () => {
    fake.backend = 'unknown';
    await expect(createSafeStorageCipher(undefined, 'linux')).rejects.toThrow(/before the app was ready/);
  });

  it('round-trips through safeStorage and passes on key rotation', async () => {
    const cipher = await createSafeStorageCipher(undefined, 'linux');
    const sealed = await cipher.encrypt('sk_live_abc');
    expect(sealed.toString()).not.toContain('sk_live_abc');
    expect(await cipher.decrypt(sealed)).toEqual({ text: 'sk_live_abc', shouldReEncrypt: false });
    fake.shouldReEncrypt = true;
    expect((await cipher.decrypt(sealed)).shouldReEncrypt).toBe(true);
  });
});

describe('openSecretStore', () => {
  it('keeps secrets in the data folder, sealed by safeStorage', async () => {
    const store = await openSecretStore(dir);
    await store.set('connector:gateway:apiKey', 'sk_live_abc');
    expect(await store.get('connector:gateway:apiKey')).toBe('sk_live_abc');
    expect(await readFile(join(dir, 'secrets.json'), 'utf8')).not.toContain('sk_live_abc');
  });
});
