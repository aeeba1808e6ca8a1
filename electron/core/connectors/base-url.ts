const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class BaseUrlError extends Error {}

/**
 * A partner's address (gateway, billing, identity service): https for every partner, plain
 * http only to this computer (the sandbox, a local proxy), never with credentials inside.
 */
export function checkedPartnerUrl(text: string, label: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BaseUrlError(`${label} is not a URL: "${text}"`);
  }
  if (url.username || url.password) throw new BaseUrlError(`${label} must not carry credentials`);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return url;
  throw new BaseUrlError(`${label} must use https (plain http is only accepted for 127.0.0.1)`);
}

/** A partner's base URL, checked as above and reduced to its origin. */
export function checkedBaseUrl(text: string, label: string): string {
  return checkedPartnerUrl(text, label).origin;
}
