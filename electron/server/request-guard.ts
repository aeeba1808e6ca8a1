import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'paydesk_session';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Decides whether a request may reach the console. The Host must be our own loopback address
 * (a DNS-rebinding page arrives under its own host name); a browser's Origin, when sent, must be
 * ours too; and the per-launch token must come as the session cookie or a bearer header.
 */
export function checkRequest(request: IncomingMessage, port: number, token: string): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowedHosts.has(request.headers.host ?? '')) {
    return { ok: false, status: 403, reason: 'Unknown Host header' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.has(hostOfOrigin(origin))) {
    return { ok: false, status: 403, reason: 'Cross-origin requests are not allowed' };
  }
  const presented = bearerToken(request) ?? cookieToken(request);
  if (!presented || !sameSecret(presented, token)) {
    return { ok: false, status: 401, reason: 'Open the address printed by `paydesk serve` (it carries the session token)' };
  }
  return { ok: true };
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
