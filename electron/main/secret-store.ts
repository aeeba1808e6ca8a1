import { safeStorage } from 'electron';
import type { SafeStorage } from 'electron';
import { EncryptedSecretFile } from '../core/secrets/encrypted-secret-file';
import type { Cipher, SecretStore } from '../core/secrets/secret-store';

/** The part of Electron's safeStorage Paydesk uses: the asynchronous API (the synchronous one is deprecated). */
export type SafeStorageApi = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptStringAsync' | 'decryptStringAsync'
>;

/** The computer offers no real encryption; say so rather than store secrets badly. */
export class SecretStorageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretStorageUnavailableError';
  }
}

const ALTERNATIVE = 'Or give the keys through environment variables (PAYDESK_GATEWAY_KEY, PAYDESK_BILLING_TOKEN, PAYDESK_BILLING_REFRESH_TOKEN).';

const UNAVAILABLE_HINT: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'Install and unlock a keyring (GNOME Keyring or KWallet), then restart Paydesk. ',
  darwin: 'Unlock your login keychain (Keychain Access), then restart Paydesk. ',
  win32: 'Restart Paydesk; if this persists, ask your IT team about Windows data protection for your account. ',
};

/**
 * A Cipher over the operating system's key store (Keychain, DPAPI, libsecret/KWallet). Call after
 * the app is ready. Refuses when encryption is unavailable, and on Linux when Electron fell back
 * to 'basic_text', which encrypts with a hard-coded password: that would look safe and not be.
 */
export async function createSafeStorageCipher(
  api: SafeStorageApi = safeStorage,
  platform: NodeJS.Platform = process.platform,
): Promise<Cipher> {
  if (!(await api.isAsyncEncryptionAvailable())) {
    throw new SecretStorageUnavailableError(
      `Paydesk cannot store secrets: this computer's encryption service is not available. ${UNAVAILABLE_HINT[platform] ?? ''}${ALTERNATIVE}`,
    );
  }
  if (platform === 'linux') {
    const backend = api.getSelectedStorageBackend();
    if (backend === 'basic_text') {
      throw new SecretStorageUnavailableError(
        "Paydesk will not store secrets with the 'basic_text' backend, which does not really encrypt them. " +
          'Install and unlock a keyring (GNOME Keyring or KWallet), or give the keys through environment variables.',
      );
    }
    if (backend === 'unknown') {
      // Electron answers 'unknown' only before the app is ready: a bug in the caller, not the user's setup.
      throw new Error('createSafeStorageCipher was called before the app was ready');
    }
  }
  return {
    encrypt: (text) => api.encryptStringAsync(text),
    decrypt: async (data) => {
      const { result, shouldReEncrypt } = await api.decryptStringAsync(data);
      return { text: result, shouldReEncrypt };
    },
  };
}

/** The desktop app's secret store: `<dataDir>/secrets.json`, each value sealed by safeStorage. */
export async function openSecretStore(dataDir: string, api: SafeStorageApi = safeStorage): Promise<SecretStore> {
  return new EncryptedSecretFile(dataDir, await createSafeStorageCipher(api));
}
