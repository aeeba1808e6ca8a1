import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, ensureDataDir } from '../../../../electron/core/paths/data-dir';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('defaultDataDir', () => {
  it('follows each OS convention, as Electron userData does', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      join('C:\\Users\\ann\\AppData\\Roaming', 'Paydesk'),
    );
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Paydesk');
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Paydesk');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ann')).toBe('/xdg/Paydesk');
  });

  it('lets PAYDESK_DATA_DIR choose another folder', () => {
    expect(defaultDataDir('linux', { PAYDESK_DATA_DIR: '/srv/paydesk' }, '/home/ann')).toBe('/srv/paydesk');
  });
});

describe('ensureDataDir', () => {
  it.skipIf(process.platform === 'win32')('creates the folder readable by its owner only', () => {
    const dir = join(tempDir(), 'nested', 'Paydesk');
    ensureDataDir(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
