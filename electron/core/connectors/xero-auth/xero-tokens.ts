import { z } from 'zod';

/** What a sign-in or a refresh yields. Secrets: never log them, never send them to the UI. */
export interface XeroTokens {
  accessToken: string;
  /** Single use: every refresh returns a new one and retires this one. */
  refreshToken: string;
  /** UTC ISO-8601 instant after which Xero refuses the access token. */
  expiresAt: string;
}

/** Refresh this long before expiry, so a call started just before it does not fail midway. */
export const REFRESH_MARGIN_MS = 60_000;

export function needsRefresh(tokens: XeroTokens, nowMs: number): boolean {
  const expiresAt = Date.parse(tokens.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt - nowMs <= REFRESH_MARGIN_MS;
}

const StoredTokens = z.object({ accessToken: z.string(), refreshToken: z.string().min(1), expiresAt: z.string() });

export function serializeTokens(tokens: XeroTokens): string {
  return JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt });
}

/** Null when the stored value is not a token set (the caller then asks the user to reconnect). */
export function parseStoredTokens(text: string): XeroTokens | null {
  try {
    const parsed = StoredTokens.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
