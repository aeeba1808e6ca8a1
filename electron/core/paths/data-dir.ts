import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Paydesk';

/**
 * The OS's conventional per-user application-data folder, the same one Electron's
 * app.getPath('userData') gives, so the CLI, the browser console and the desktop app share it.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env['PAYDESK_DATA_DIR']) return env['PAYDESK_DATA_DIR'];
  switch (platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_DIR_NAME);
  }
}

/**
 * Creates the folder if needed, readable by its owner only (finance data). An existing folder's
 * permissions are left alone: the user may have pointed us at a folder they manage.
 */
export function ensureDataDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

export function databasePathIn(dataDir: string): string {
  return join(dataDir, 'paydesk.db');
}
