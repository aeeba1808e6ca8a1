import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/contract/errors';
import type { ExportFile } from '../../../shared/contract/reconcile';
import { createBridgeExportSaver, createDownloadExportSaver, exportDownloadUrl } from '../../../renderer/src/api/save-export';

const file: ExportFile = { exportId: 'exp_AbC123-_xyz789', fileName: 'paydesk-exceptions-2024-03.xlsx', rows: 12, bytes: 4_096 };

describe('saving an export in the desktop app', () => {
  it('passes the export id to the bridge and reports where it was saved', async () => {
    const saveExport = vi.fn(async () => ({ ok: true as const, value: { saved: true, path: '/home/me/Downloads/x.xlsx' } }));
    expect(await createBridgeExportSaver({ saveExport }).save(file)).toEqual({ kind: 'saved', path: '/home/me/Downloads/x.xlsx' });
    expect(saveExport).toHaveBeenCalledWith('exp_AbC123-_xyz789');
  });

  it('tells a cancelled dialog apart from a saved file', async () => {
    const saver = createBridgeExportSaver({ saveExport: async () => ({ ok: true, value: { saved: false, path: null } }) });
    expect(await saver.save(file)).toEqual({ kind: 'cancelled' });
  });

  it('throws the refusal as an ApiError, and an unreadable or broken reply as internal', async () => {
    const refusing = createBridgeExportSaver({
      saveExport: async () => ({ ok: false, error: { code: 'not_found', message: 'This export is no longer there.' } }),
    });
    await expect(refusing.save(file)).rejects.toEqual(new ApiError('not_found', 'This export is no longer there.'));
    const odd = createBridgeExportSaver({ saveExport: async () => ({ ok: true, value: { saved: 'yes', path: null } }) as never });
    await expect(odd.save(file)).rejects.toMatchObject({ code: 'internal' });
    const broken = createBridgeExportSaver({ saveExport: () => Promise.reject(new Error('IPC closed')) });
    await expect(broken.save(file)).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('IPC closed') });
  });
});

describe('downloading an export in the browser console', () => {
  it('follows a link to the download endpoint under the export name', async () => {
    const follow = vi.fn();
    expect(await createDownloadExportSaver(follow).save(file)).toEqual({ kind: 'downloading' });
    expect(follow).toHaveBeenCalledWith('/api/exports/exp_AbC123-_xyz789', 'paydesk-exceptions-2024-03.xlsx');
  });

  it('encodes the id into the path', () => {
    expect(exportDownloadUrl('exp_a/b?c')).toBe('/api/exports/exp_a%2Fb%3Fc');
  });
});
