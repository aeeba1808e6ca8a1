import { z } from 'zod';
import { ExportId } from './reconcile';

// The desktop app's "save the export" round trip (bridge.saveExport): main validates the input,
// the page validates the reply. Kept out of bridge.ts so the preload bundles no schemas.

export const SaveExportInput = z.object({ exportId: ExportId }).strict();

export const SavedExport = z.object({
  /** False when the person cancelled the save dialog. */
  saved: z.boolean(),
  path: z.string().nullable(),
});
export type SavedExport = z.infer<typeof SavedExport>;
