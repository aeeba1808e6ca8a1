import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import backendEntry from './backend-process?modulePath';
import { bindAlertNotifications } from './alert-notifications';
import { registerAppScheme, serveBundle } from './app-protocol';
import { startBackendHost } from './backend-host';
import { installGlobalErrorHandlers, reportFatal } from './error-dialog';
import { bindIpc } from './ipc';
import { createMainWindow } from './main-window';
import { bindSaveExport } from './save-export';
import { openSecretStore } from './secret-store';
import { denyAllPermissions, secureApp } from './security';

const outDir = join(import.meta.dirname, '..');
const preloadPath = join(outDir, 'preload', 'index.cjs');

installGlobalErrorHandlers();
registerAppScheme();
secureApp(app);

let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app
  .whenReady()
  .then(async () => {
    denyAllPermissions(session.defaultSession);
    serveBundle(join(outDir, 'renderer'));
    const dataDir = app.getPath('userData');
    // Without a real keychain the app still runs; it just cannot save live credentials.
    const secrets = await openSecretStore(dataDir).catch((error: unknown) => {
      process.stderr.write(`Secret storage unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
      return null;
    });
    const backend = await startBackendHost(
      backendEntry,
      {
        PAYDESK_DATA_DIR: dataDir,
        PAYDESK_VERSION: app.getVersion(),
        PAYDESK_SECRET_STORAGE: secrets ? 'os_keychain' : 'none',
      },
      secrets,
    );
    backend.onExit((code) => {
      if (quitting) return;
      dialog.showErrorBox('Paydesk data service stopped', `It exited with code ${code}. Paydesk will close.`);
      app.exit(1);
    });
    app.on('before-quit', () => backend.stop());
    bindIpc(backend);
    bindAlertNotifications(backend);
    bindSaveExport(backend.info.dataDir);
    createMainWindow(preloadPath);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath);
    });
  })
  .catch((error: unknown) => reportFatal('Paydesk could not start', error));
