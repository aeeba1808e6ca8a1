import { secretKey } from '../../secrets/secret-store';
import type { SecretStore } from '../../secrets/secret-store';
import type { XeroTokenHolder } from './xero-access-tokens';
import { parseStoredTokens, serializeTokens } from './xero-tokens';

/**
 * Keeps a connector's Xero token set as one secret (`connector:<id>:oauthTokens`), so the access
 * token, its expiry and the rotated refresh token are replaced together or not at all.
 *
 * Without a saved set it falls back to a bare refresh token (and access token), as given through
 * environment variables: their expiry is unknown, so the first use refreshes.
 */
export function secretStoreTokenHolder(store: SecretStore, connectorId: string): XeroTokenHolder {
  const tokensKey = secretKey(connectorId, 'oauthTokens');
  return {
    async load() {
      const saved = await store.get(tokensKey);
      if (saved !== null) return parseStoredTokens(saved);
      const refreshToken = await store.get(secretKey(connectorId, 'refreshToken'));
      if (refreshToken === null) return null;
      const accessToken = (await store.get(secretKey(connectorId, 'accessToken'))) ?? '';
      return { accessToken, refreshToken, expiresAt: new Date(0).toISOString() };
    },
    save: (tokens) => store.set(tokensKey, serializeTokens(tokens)),
  };
}
