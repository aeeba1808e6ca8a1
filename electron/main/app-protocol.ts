import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy';
import { readBundleFile } from '../core/ui-bundle/bundle-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before the app is ready: app:// behaves like a secure, standard web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer bundle from app://paydesk/, with the CSP on every response. */
export function serveBundle(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readBundleFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(file.body, {
      headers: { 'Content-Type': file.contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}
