import { TransmissionError } from '../transmission-error';
import { refreshXeroTokens } from './token-client';
import type { TokenEndpoint } from './token-client';
import { needsRefresh } from './xero-tokens';
import type { XeroTokens } from './xero-tokens';

/** Where the current token set is kept between runs (see secretStoreTokenHolder). */
export interface XeroTokenHolder {
  load(): Promise<XeroTokens | null>;
  save(tokens: XeroTokens): Promise<void>;
}

/**
 * Hands out a valid access token, refreshing it when it is within a minute of expiry. Refreshes
 * are shared: Xero rotates the refresh token on each use, so two concurrent refreshes with the
 * same one would have the second rejected as invalid_grant and look like a lost connection.
 */
export class XeroAccessTokens {
  private refreshing: Promise<XeroTokens> | null = null;

  constructor(
    private readonly endpoint: TokenEndpoint,
    private readonly holder: XeroTokenHolder,
  ) {}

  async accessToken(): Promise<string> {
    const tokens = await this.holder.load();
    if (tokens === null) {
      throw new TransmissionError('integration', 'Xero sign-in', 'Xero is not connected. Connect it in Connections.');
    }
    if (!needsRefresh(tokens, (this.endpoint.now ?? Date.now)())) return tokens.accessToken;
    return (await this.refresh(tokens)).accessToken;
  }

  private refresh(current: XeroTokens): Promise<XeroTokens> {
    this.refreshing ??= (async () => {
      try {
        // Another caller may have refreshed between our load and now, spending `current`'s
        // refresh token: start from what is saved, and skip the call if it is already fresh.
        const latest = (await this.holder.load()) ?? current;
        if (!needsRefresh(latest, (this.endpoint.now ?? Date.now)())) return latest;
        const next = await refreshXeroTokens(this.endpoint, latest.refreshToken);
        // Saved before anyone uses it: after this call the old refresh token is spent.
        await this.holder.save(next);
        return next;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }
}
