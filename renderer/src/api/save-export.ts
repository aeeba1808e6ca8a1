import type { PaydeskBridge } from '../../../shared/contract/bridge';
import { SavedExport } from '../../../shared/contract/save-export';
import { ApiError, EnvelopeShape } from '../../../shared/contract/errors';
import type { ExportFile } from '../../../shared/contract/reconcile';
import { isPaydeskBridge } from './bridge-transport';

/** What became of an export once written: saved where the person chose, or handed to the browser. */
export type SaveOutcome = { kind: 'saved'; path: string | null } | { kind: 'cancelled' } | { kind: 'downloading' };

/** How an export file reaches the person: a save dialog in the desktop app, a download in a browser. */
export interface ExportSaver {
  save(file: ExportFile): Promise<SaveOutcome>;
}

export function exportDownloadUrl(exportId: string): string {
  return `/api/exports/${encodeURIComponent(exportId)}`;
}

/** The desktop app's way: main shows a save dialog and copies the file there. */
export function createBridgeExportSaver(bridge: Pick<PaydeskBridge, 'saveExport'>): ExportSaver {
  return {
    async save(file) {
      let reply: unknown;
      try {
        reply = await bridge.saveExport(file.exportId);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ApiError('internal', `Paydesk's window lost contact with its service: ${detail}`);
      }
      // The page trusts nothing that crosses the bridge without checking its shape.
      const envelope = EnvelopeShape.safeParse(reply);
      if (envelope.success && !envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.message);
      const saved = SavedExport.safeParse(envelope.success && envelope.data.ok ? envelope.data.value : undefined);
      if (!saved.success) throw new ApiError('internal', 'Paydesk saved the export but sent a reply this window cannot read.');
      return saved.data.saved ? { kind: 'saved', path: saved.data.path } : { kind: 'cancelled' };
    },
  };
}

/**
 * The browser console's way: a link to the download endpoint, clicked. The session cookie goes
 * with it (same origin) and the server answers with an attachment, so the page stays put.
 */
export function createDownloadExportSaver(follow: (url: string, fileName: string) => void): ExportSaver {
  return {
    save(file) {
      follow(exportDownloadUrl(file.exportId), file.fileName);
      return Promise.resolve({ kind: 'downloading' });
    },
  };
}

function clickDownloadLink(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The saver for where the UI runs: the preload's bridge when it offers saveExport, else HTTP. */
export function selectExportSaver(): ExportSaver {
  const bridge: unknown = Reflect.get(window, 'paydesk');
  if (isPaydeskBridge(bridge) && typeof Reflect.get(bridge, 'saveExport') === 'function') return createBridgeExportSaver(bridge);
  return createDownloadExportSaver(clickDownloadLink);
}
