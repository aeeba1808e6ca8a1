import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { createSecureWindow } from './security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = createSecureWindow(
    { width: 1360, height: 860, minWidth: 960, minHeight: 600, title: 'Paydesk', show: false },
    preloadPath,
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
