import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'paydesk_session';

export type GuardVerdict = { ok: true } | { ok: false; status: 403; reason: string };

/** What a browser says about who started a request: our own page, or the person (address bar). */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Whether a request is addressed to the console itself. The Host must be our own loopback
 * address (a DNS-rebinding page arrives under its own host name); a browser's Origin, when sent,
 * must be ours too (`null` included: sandboxed frames and file pages send it); and so must its
 * Sec-Fetch-Site, which a browser also sends on the image and link requests that carry no Origin,
 * so another site cannot spend the wrong-token allowance and lock the console.
 */
export function checkHostAndOrigin(request: IncomingMessage, port: number): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) {
    return { ok: false, status: 403, reason: 'Unknown Host header' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.has(hostOfOrigin(origin))) {
    return { ok: false, status: 403, reason: 'Cross-origin requests are not allowed' };
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && !OWN_FETCH_SITES.has(fetchSite)) {
    return { ok: false, status: 403, reason: 'Requests started by another site are not allowed' };
  }
  return { ok: true };
}

/** The session token a request carries, as a bearer header or the session cookie; null if none. */
export function presentedToken(request: IncomingMessage): string | null {
  return bearerToken(request) ?? cookieToken(request);
}

export function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function hostOfOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host : '';
  } catch {
    return '';
  }
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer (\S+)$/.exec(header) : null;
  return match?.[1] ?? null;
}

function cookieToken(request: IncomingMessage): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=');
  }
  return null;
}
