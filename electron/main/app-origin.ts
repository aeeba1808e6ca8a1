/** The custom scheme the bundled UI is served from, instead of file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'paydesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Whether a URL belongs to our own bundle (the only place IPC calls may come from). */
export function isAppUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
