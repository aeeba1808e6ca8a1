import type { SecretStore } from '../../secrets/secret-store';
import type { AccessTokenSource } from '../connector-config';
import { secretStoreTokenHolder } from '../xero-auth/secret-store-token-holder';
import { XeroAccessTokens } from '../xero-auth/xero-access-tokens';
import { xeroEndpoints, type XeroEndpoints } from '../xero-auth/xero-endpoints';

/** Access tokens for a signed-in Xero connector, refreshed from the keychain-held token set. */
export function xeroTokenSource(
  secrets: SecretStore,
  connectorId: string,
  clientId: string,
  endpoints: Partial<XeroEndpoints> = {},
): AccessTokenSource {
  const tokens = new XeroAccessTokens(
    { tokenUrl: xeroEndpoints(endpoints).tokenUrl, clientId },
    secretStoreTokenHolder(secrets, connectorId),
  );
  return () => tokens.accessToken();
}
