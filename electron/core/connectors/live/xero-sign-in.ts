import type { XeroSignIn } from '../../../../shared/contract/connectors';
import type { SecretStore } from '../../secrets/secret-store';
import { checkedBaseUrl } from '../base-url';
import type { ConnectorConfig } from '../connector-config';
import { TransmissionError } from '../transmission-error';
import { authoriseXero } from '../xero-auth/authorise-xero';
import { secretStoreTokenHolder } from '../xero-auth/secret-store-token-holder';
import { chooseTenant } from '../xero-auth/xero-connections';
import type { XeroEndpoints } from '../xero-auth/xero-endpoints';
import { LIVE_CONNECTOR_IDS } from './live-connector-ids';
import { xeroTokenSource } from './xero-token-source';

export interface XeroSignInRun {
  /** The page the person opens in their browser to approve Paydesk. */
  authorizeUrl: Promise<string>;
  /** The connector once approved: tokens kept in the keychain, the organisation chosen. */
  connector: Promise<ConnectorConfig>;
}

export interface XeroSignInOptions {
  signIn: XeroSignIn;
  secrets: SecretStore;
  apiBaseUrl: string;
  endpoints?: Partial<XeroEndpoints>;
  signal: AbortSignal;
}

/**
 * Xero sign-in for the desktop app. The authorisation page is handed back to the UI to open in
 * the system browser (the app's window-open handler sends https links there), while Paydesk
 * waits on its loopback listener for the answer.
 */
export function startXeroSignIn(options: XeroSignInOptions): XeroSignInRun {
  const { signIn, secrets } = options;
  const id = LIVE_CONNECTOR_IDS.billing;
  let handOver: (url: string) => void = () => undefined;
  const authorizeUrl = new Promise<string>((resolve) => (handOver = resolve));
  const connector = (async (): Promise<ConnectorConfig> => {
    const { tokens, tenants } = await authoriseXero({
      clientId: signIn.clientId,
      openBrowser: handOver,
      signal: options.signal,
      ...(options.endpoints ? { endpoints: options.endpoints } : {}),
    });
    const tenant = chooseTenant(tenants, signIn.tenantId) ?? tenants[0];
    if (!tenant) {
      throw new TransmissionError('integration', 'Xero sign-in', 'The sign-in granted no Xero organisation. Sign in again and choose one.');
    }
    await secretStoreTokenHolder(secrets, id).save(tokens);
    return {
      id,
      kind: 'billing',
      name: signIn.name,
      mode: 'live',
      baseUrl: checkedBaseUrl(options.apiBaseUrl, "Xero's API address"),
      credentials: {
        kind: 'billing',
        accessToken: xeroTokenSource(secrets, id, signIn.clientId, options.endpoints),
        tenantId: tenant.tenantId,
      },
    };
  })();
  return { authorizeUrl, connector };
}
