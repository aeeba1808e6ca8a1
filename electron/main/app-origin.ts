/** The custom scheme the bundled UI is served from, instead of file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'paydesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether a URL belongs to our own bundle (the only place IPC calls may come from and the only
 * place the window may navigate to). Parsed, never prefix-matched: exactly app://paydesk, with
 * no port and no credentials.
 */
export function isAppUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
