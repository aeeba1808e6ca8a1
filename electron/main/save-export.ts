import { copyFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { IPC_SAVE_EXPORT_CHANNEL } from '../../shared/contract/bridge';
import { SaveExportInput, type SavedExport } from '../../shared/contract/save-export';
import type { Envelope } from '../../shared/contract/errors';
import { ExportStore, exportsDirIn } from '../core/export/export-store';
import { isTrustedSender } from './ipc';

const FILTERS: Record<string, SaveDialogOptions['filters']> = {
  '.csv': [{ name: 'CSV', extensions: ['csv'] }],
  '.xlsx': [{ name: 'Excel workbook', extensions: ['xlsx'] }],
  '.pdf': [{ name: 'PDF', extensions: ['pdf'] }],
  '.jsonl': [{ name: 'JSON Lines', extensions: ['jsonl'] }],
};

/**
 * The desktop app's download of an export: the backend wrote it into the data folder; main asks
 * where to save it and copies it there. The page names only the export id (checked against the
 * contract); the path comes from the save dialog, never from the page.
 */
export function bindSaveExport(dataDir: string): void {
  const store = new ExportStore(exportsDirIn(dataDir));
  ipcMain.handle(IPC_SAVE_EXPORT_CHANNEL, (event, input: unknown) => saveExport(store, event, input));
}

export async function saveExport(store: ExportStore, event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<SavedExport>> {
  if (!isTrustedSender(event)) return failure('validation', 'Calls are accepted only from the Paydesk window.');
  const parsed = SaveExportInput.safeParse(input);
  if (!parsed.success) return failure('validation', 'That is not an export Paydesk made.');
  const found = store.find(parsed.data.exportId);
  if (!found) return failure('not_found', 'This export is no longer there (exports are kept for a day). Export it again.');

  const options: SaveDialogOptions = {
    title: 'Save export',
    defaultPath: join(app.getPath('downloads'), found.fileName),
    filters: FILTERS[extname(found.fileName)] ?? [],
  };
  const window = BrowserWindow.fromWebContents(event.sender);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false, path: null } };
  try {
    await copyFile(found.path, choice.filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure('validation', `Paydesk could not save to ${choice.filePath} (${reason}). Choose another folder.`);
  }
  return { ok: true, value: { saved: true, path: choice.filePath } };
}

function failure(code: 'validation' | 'not_found', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}
