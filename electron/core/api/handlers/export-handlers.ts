import { createExport } from '../../export/export-service';
import { ExportStore, exportsDirIn } from '../../export/export-store';
import type { PdfOptions } from '../../export/pdf-writer';
import { openSnapshotSource } from '../../export/snapshot-source';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

export interface ExportOptions {
  now?: () => Date;
  pdf?: PdfOptions;
}

/** recon.export writes the file on the Node side; the transport then offers it for saving. */
export function exportHandlers(context: HandlerContext, options: ExportOptions = {}): Pick<Handlers, 'recon.export'> {
  const store = new ExportStore(exportsDirIn(context.info.dataDir));
  return {
    'recon.export': async (request) => {
      requireWorkspace(context);
      const now = options.now?.() ?? new Date();
      const snapshot = openSnapshotSource(context.info.databasePath, now);
      try {
        return await createExport(request, { store, source: snapshot.source, now, ...(options.pdf ? { pdf: options.pdf } : {}) });
      } finally {
        snapshot.close();
      }
    },
  };
}
