// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), in one place.
// Items 1-4, 6, 8-10: createSecureWindow. 5: denyAllPermissions on every session. 7: the CSP
// (core/security/content-security-policy.ts) sent with every app:// response. 11-12: webviews
// are off and refused. 13-15: hardenWebContents, with links checked by external-links.ts. 16:
// the electron devDependency. 17: ipc.ts checks every sender. 18: app:// (app-protocol.ts)
// instead of file://. 19: electronFuses in electron-builder.yml. 20: the preload exposes named
// calls only. `npm run lint:electron` scans for regressions.
import { BrowserWindow, shell, type App, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { externalUrlToOpen } from './external-links';

export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Every window of the app is made here, so its webPreferences are these and no others: the
 * renderer is a sandboxed web page and nothing more. Written out literally, not built by a
 * helper, so the static scanner reads the values the window really gets.
 */
export function createSecureWindow(options: WindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // No auxclick (middle click) events for page script: one less way to open a link.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/**
 * Applies to the whole app, before it is ready: every renderer sandboxed, every web contents
 * hardened, every session (the default one and any created later) denied every permission.
 */
export function secureApp(app: Pick<App, 'enableSandbox' | 'on'>): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('session-created', (session) => denyAllPermissions(session));
}

/**
 * Denies navigation away from the bundle (top frame and subframes alike), every new window and
 * every webview. A link to a known partner page opens in the system browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

/** The console needs no camera, microphone, notifications prompt, device or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
