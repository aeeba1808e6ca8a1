import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir';

interface DialogResult {
  canceled: boolean;
  filePath?: string;
}

const showSaveDialog = vi.fn<(...args: unknown[]) => Promise<DialogResult>>();
const handle = vi.fn();
const window = { id: 1 };
vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/home/finance/${name}` },
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
  ipcMain: { handle: (...args: unknown[]) => handle(...args) },
  BrowserWindow: { fromWebContents: () => window, getAllWindows: () => [] },
}));

const { bindSaveExport, saveExport } = await import('../../../electron/main/save-export');
const { ExportStore } = await import('../../../electron/core/export/export-store');

const tempDir = useTempDirs();

function trustedEvent(url = 'app://paydesk/index.html') {
  const mainFrame = { url };
  return { senderFrame: mainFrame, sender: { mainFrame } } as unknown as Parameters<typeof saveExport>[1];
}

function storeWithExport(): { store: InstanceType<typeof ExportStore>; exportId: string } {
  const store = new ExportStore(join(tempDir(), 'exports'));
  const { exportId, path } = store.reserve();
  writeFileSync(path, 'Item,Class\r\n');
  store.finish(exportId, 'paydesk-exceptions-2024-03.csv', 'csv', 0);
  return { store, exportId };
}

beforeEach(() => {
  showSaveDialog.mockReset();
  handle.mockReset();
});

describe('saveExport', () => {
  it('asks where to save, offering the export name in Downloads, and copies the file there', async () => {
    const { store, exportId } = storeWithExport();
    const target = join(tempDir(), 'chosen.csv');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await saveExport(store, trustedEvent(), { exportId })).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save export',
      defaultPath: '/home/finance/downloads/paydesk-exceptions-2024-03.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(readFileSync(target, 'utf8')).toBe('Item,Class\r\n');
  });

  it('reports a cancelled dialog as not saved', async () => {
    const { store, exportId } = storeWithExport();
    showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await saveExport(store, trustedEvent(), { exportId })).toEqual({ ok: true, value: { saved: false, path: null } });
  });

  it('refuses other frames, ids outside the contract and unknown exports without opening a dialog', async () => {
    const { store, exportId } = storeWithExport();
    const foreign = await saveExport(store, trustedEvent('https://evil.example/'), { exportId });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'validation' } });
    for (const input of [{ exportId: '../paydesk.db' }, { exportId, path: '/etc/passwd' }, null]) {
      expect(await saveExport(store, trustedEvent(), input)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await saveExport(store, trustedEvent(), { exportId: 'exp_notthereatall' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  it('says where it could not write instead of failing silently', async () => {
    const { store, exportId } = storeWithExport();
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(tempDir(), 'missing-folder', 'x.csv') });
    const result = await saveExport(store, trustedEvent(), { exportId });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/could not save to .*missing-folder.*Choose another folder/) } });
  });

  it('is bound to its own IPC channel', () => {
    bindSaveExport(tempDir());
    expect(handle).toHaveBeenCalledWith('paydesk:save-export', expect.any(Function));
  });
});
