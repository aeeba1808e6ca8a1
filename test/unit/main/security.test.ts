import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn<(url: string) => Promise<void>>(async () => undefined);
vi.mock('electron', () => ({
  shell: { openExternal: (url: string) => openExternal(url) },
  ipcMain: { handle: vi.fn() },
  BrowserWindow: { getAllWindows: () => [] },
}));

const { denyAllPermissions, hardenWebContents, secureWebPreferences } = await import('../../../electron/main/security');
const { isTrustedSender } = await import('../../../electron/main/ipc');

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    fire(name: string, url = ''): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

beforeEach(() => openExternal.mockClear());

describe('secureWebPreferences', () => {
  it('sandboxes the renderer with context isolation and no Node', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the bundle but allows moving within it', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://paydesk/index.html#/connections')).toBe(false);
  });

  it('refuses webviews', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only an https link goes to the system browser', () => {
    const contents = fakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.open('https://dashboard.stripe.com/')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://dashboard.stripe.com/']]);
  });
});

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const installed: { request?: RequestHandler; check?: () => boolean } = {};
    denyAllPermissions({
      setPermissionRequestHandler: (handler: RequestHandler) => (installed.request = handler),
      setPermissionCheckHandler: (handler: () => boolean) => (installed.check = handler),
    } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      installed.request?.(null, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(installed.check?.()).toBe(false);
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
});
