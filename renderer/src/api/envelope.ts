import { EnvelopeShape, type Envelope } from '../../../shared/contract/errors';

export const OFFLINE_MESSAGE = 'The Paydesk service is not reachable';

/** The envelope for a call that never got an answer (the service is stopped or unreachable). */
export function offlineEnvelope(): Envelope<never> {
  return { ok: false, error: { code: 'offline', message: OFFLINE_MESSAGE } };
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    // Not JSON at all (an HTML error page from something in between): the caller reports it.
    return undefined;
  }
}

function describeStatus(status: number): string {
  if (status === 401 || status === 403) {
    return `The Paydesk service refused this console (HTTP ${status}). Open the console again from the address Paydesk printed when it started.`;
  }
  if (status === 404) {
    return 'The Paydesk service does not know this request (HTTP 404). The console and the service may be different versions.';
  }
  return `The Paydesk service answered with HTTP ${status} and no details.`;
}

/**
 * Turns an HTTP reply into the call envelope. The service always answers with an envelope,
 * whatever the status; anything else came from something in between and is reported as such.
 */
export function envelopeFromReply(status: number, bodyText: string): Envelope<unknown> {
  const parsed = EnvelopeShape.safeParse(parseJson(bodyText));
  if (parsed.success) return parsed.data;
  if (status >= 200 && status < 300) {
    return {
      ok: false,
      error: { code: 'internal', message: 'The Paydesk service sent a reply this console cannot read.' },
    };
  }
  // 502-504 are what a proxy says when it cannot reach the service behind it.
  const code = status >= 502 && status <= 504 ? 'connection' : 'internal';
  return { ok: false, error: { code, message: describeStatus(status) } };
}
