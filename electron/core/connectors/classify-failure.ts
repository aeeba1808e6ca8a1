import type { FailureClass } from '../../../shared/domain/failure-class';

/** The class of an HTTP status that is not a success. */
export function classifyHttpStatus(status: number): FailureClass {
  if (status === 429 || status >= 500) return 'system';
  return 'integration';
}

const NETWORK_MESSAGES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused (nothing is listening on that host and port)',
  ECONNRESET: 'the connection was reset by the other side',
  ENOTFOUND: 'the host name could not be resolved (DNS)',
  EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  EPIPE: 'the connection was closed while sending',
  UND_ERR_SOCKET: 'the connection was closed before the response was complete',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'the partner accepted the request but did not answer in time',
  UND_ERR_BODY_TIMEOUT: 'the partner stopped sending the response',
};

/**
 * Describes a thrown fetch failure. Every failure below HTTP (DNS, TCP, TLS, timeouts, resets) is
 * a connection failure: the request may or may not have reached the partner.
 */
export function describeNetworkError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return 'the request timed out';
  }
  const code = networkErrorCode(error);
  if (code && NETWORK_MESSAGES[code]) return NETWORK_MESSAGES[code];
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `the secure connection failed (${code})`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  return cause ?? (error instanceof Error ? error.message : String(error));
}

function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  // fetch wraps the socket error in `cause`, sometimes twice.
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    if ('code' in current && typeof current.code === 'string') return current.code;
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
