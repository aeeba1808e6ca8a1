import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { ExportStore } from '../core/export/export-store';

/** GET /api/exports/<id>: the browser console's way to save what recon.export wrote. */
export const EXPORT_DOWNLOAD_PATH = /^\/api\/exports\/([^/]+)$/;

/**
 * Sends an export as an attachment, so the browser saves it instead of showing it (the global
 * nosniff header stops it from guessing another type). Unknown ids get a plain 404.
 */
export async function sendExport(store: ExportStore, exportId: string, response: ServerResponse): Promise<void> {
  const found = store.find(exportId);
  if (!found) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('There is no such export. Exports are kept for a day; make it again.\n');
    return;
  }
  response.writeHead(200, {
    'Content-Type': found.contentType,
    'Content-Length': String(found.bytes),
    'Content-Disposition': contentDisposition(found.fileName),
  });
  await pipeline(createReadStream(found.path), response);
}

/** RFC 6266: an ASCII fallback name, and the exact name in UTF-8 for browsers that read it. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRFC5987(fileName)}`;
}

function encodeRFC5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
