import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn<(url: string) => Promise<void>>(async () => undefined);
const constructedWindows: unknown[] = [];
vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => openExternal(url) },
  ipcMain: { handle: vi.fn() },
  BrowserWindow: class {
    static getAllWindows = (): unknown[] => [];
    constructor(options: unknown) {
      constructedWindows.push(options);
    }
  },
}));

const { createSecureWindow, denyAllPermissions, hardenWebContents, secureApp } = await import('../../../electron/main/security');
const { isTrustedSender } = await import('../../../electron/main/ipc');

type Listener = (event: { preventDefault: () => void }, url: string) => void;
type FrameListener = (details: { url: string; preventDefault: () => void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener | FrameListener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, listener: Listener | FrameListener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    /** Whether the handler for `name` prevented navigating to `url`. */
    fire(name: string, url = ''): boolean {
      let prevented = false;
      const preventDefault = (): void => {
        prevented = true;
      };
      const listener = listeners.get(name);
      if (name === 'will-frame-navigate') (listener as FrameListener | undefined)?.({ url, preventDefault });
      else (listener as Listener | undefined)?.({ preventDefault }, url);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

function fakeSession() {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  const installed: { request?: RequestHandler; check?: () => boolean; device?: () => boolean } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (installed.request = handler),
    setPermissionCheckHandler: (handler: () => boolean) => (installed.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (installed.device = handler),
  };
  return { session, installed };
}

beforeEach(() => {
  openExternal.mockClear();
  constructedWindows.length = 0;
});

// Hostile addresses a page (or an attacker's content inside it) could try to reach.
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'FILE:///C:/Windows/System32/calc.exe',
  'file://attacker-host/share/payload.exe',
  '\\\\attacker-host\\share\\payload.exe',
  '//attacker.example/path',
  'http://127.0.0.1:9999/',
  'https://attacker.example/',
  'app://paydesk.evil.com/index.html',
  'app://app.paydesk.evil.com/index.html',
  'app://paydesk./index.html',
  'app://paydesk:8080/index.html',
  'app://user:pass@paydesk/index.html',
  'app://paydesk@evil.com/index.html',
  'app://xn--pydesk-5ve/index.html',
  'app://other/index.html',
  'https://paydesk/index.html',
  'blob:app://paydesk/1234',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
];

describe('createSecureWindow', () => {
  it('gives every window a sandboxed, context-isolated renderer with no Node, whatever the caller asks', () => {
    const unsafeAsk = { width: 800, webPreferences: { nodeIntegration: true, sandbox: false } };
    createSecureWindow(unsafeAsk as never, '/app/preload.cjs');
    expect(constructedWindows).toHaveLength(1);
    expect(constructedWindows[0]).toMatchObject({
      width: 800,
      webPreferences: {
        preload: '/app/preload.cjs',
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
      },
    });
    expect(constructedWindows[0]).not.toHaveProperty('webPreferences.enableBlinkFeatures');
  });
});

describe('secureApp', () => {
  it('turns the sandbox on, hardens every new web contents and denies permissions in every new session', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const enableSandbox = vi.fn();
    secureApp({
      enableSandbox,
      on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
    } as never);
    expect(enableSandbox).toHaveBeenCalledOnce();

    const contents = fakeWebContents();
    listeners.get('web-contents-created')?.({}, contents);
    expect(contents.fire('will-navigate', 'https://attacker.example/')).toBe(true);

    const { session, installed } = fakeSession();
    listeners.get('session-created')?.(session);
    expect(installed.check?.()).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(HOSTILE_URLS)('keeps the window and its frames from navigating or redirecting to %j', (url) => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-frame-navigate', url)).toBe(true);
    expect(contents.fire('will-redirect', url)).toBe(true);
  });

  it('lets the app move within its own bundle', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', 'app://paydesk/index.html#/connections')).toBe(false);
    expect(contents.fire('will-frame-navigate', 'app://paydesk/index.html')).toBe(false);
    expect(contents.fire('will-redirect', 'APP://paydesk/index.html')).toBe(false);
  });

  it('refuses webviews', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it.each([
    ...HOSTILE_URLS,
    'https://login.xero.com.evil.com/',
    'https://login.xero.com./identity',
    'https://login.xero.com:8443/identity',
    'https://user:pass@login.xero.com/identity',
    'https://xn--lgin-55d.xero.com/',
  ])('denies a new window for %j and opens nothing outside', (url) => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies the window but sends a partner page to the system browser, as parsed', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.open('https://LOGIN.xero.com/identity/connect/authorize?client_id=x')).toEqual({ action: 'deny' });
    expect(contents.open('https://login.xero.com\\identity')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://login.xero.com/identity/connect/authorize?client_id=x'],
      ['https://login.xero.com/identity'],
    ]);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request, permission check and device request', () => {
    const { session, installed } = fakeSession();
    denyAllPermissions(session as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      installed.request?.(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
    expect(installed.check?.()).toBe(false);
    expect(installed.device?.()).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our own bundle', () => {
    const mainFrame = { url: 'app://paydesk/index.html' };
    const child = { url: 'app://paydesk/index.html' };
    const foreign = { url: 'https://attacker.example/' };
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } } as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: child, sender: { mainFrame } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: foreign, sender: { mainFrame: foreign } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame } } as never)).toBe(false);
  });

  it.each(HOSTILE_URLS)('refuses a top frame showing %j', (url) => {
    const mainFrame = { url };
    expect(isTrustedSender({ senderFrame: mainFrame, sender: { mainFrame } } as never)).toBe(false);
  });
});
