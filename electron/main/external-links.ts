/**
 * The partner pages a link may open in the system browser: Xero's sign-in (the OAuth flow) and
 * the partners' own dashboards. Exact host names, so a look-alike (a longer name ending in one
 * of these, a trailing dot, an IDN homograph in punycode) is not one of them.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['login.xero.com', 'go.xero.com', 'dashboard.stripe.com']);

/**
 * The address to hand the system browser for a link, or null when the link stays blocked:
 * parsed with the URL standard, https on the default port to one of the hosts above, with no
 * embedded credentials. Everything else (javascript:, file:, data:, UNC paths, custom schemes,
 * http, any other host) is null. The answer is the parsed, normalised form, so the OS opens
 * exactly what was checked rather than its own reading of the original text.
 */
export function externalUrlToOpen(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  const allowed =
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    EXTERNAL_HOSTS.has(url.hostname);
  return allowed ? url.href : null;
}
