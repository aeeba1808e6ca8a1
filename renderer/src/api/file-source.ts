import { z } from 'zod';
import type { PaydeskBridge } from '../../../shared/contract/bridge';
import { ApiError, type Envelope } from '../../../shared/contract/errors';
import type { ImportSource } from '../../../shared/contract/imports';
import { envelopeFromReply, OFFLINE_MESSAGE } from './envelope';
import type { FetchLike } from './http-transport';

/** A file the Node side can read for an import, and what to call it on screen. */
export interface PreparedFile {
  source: ImportSource;
  fileName: string;
}

/**
 * How a file picked in an <input type="file"> reaches the Node side: the desktop app hands over
 * its path; the browser console cannot know paths, so it uploads the file first.
 */
export interface FileSource {
  /** Whether `prepare` sends the file's bytes (worth a "Uploading…" note) or only its path. */
  readonly uploads: boolean;
  prepare(file: File): Promise<PreparedFile>;
}

/** What the console server answers to an upload. */
export const UploadReceipt = z.object({
  uploadId: z.uuid(),
  fileName: z.string(),
  bytes: z.number().int(),
});
export type UploadReceipt = z.infer<typeof UploadReceipt>;

/** The upload reply as an envelope: the server's own, or one describing what came instead. */
export function uploadReceiptFromReply(status: number, bodyText: string): Envelope<UploadReceipt> {
  const envelope = envelopeFromReply(status, bodyText);
  if (!envelope.ok) return envelope;
  const receipt = UploadReceipt.safeParse(envelope.value);
  if (receipt.success) return { ok: true, value: receipt.data };
  return {
    ok: false,
    error: { code: 'internal', message: 'The Paydesk service accepted the file but sent a receipt this console cannot read.' },
  };
}

export function uploadUrl(fileName: string): string {
  return `/api/upload?name=${encodeURIComponent(fileName)}`;
}

/** The browser console's way: POST the bytes, then refer to them by the upload id. */
export function createUploadFileSource(fetchLike: FetchLike): FileSource {
  return {
    uploads: true,
    async prepare(file) {
      let status: number;
      let text: string;
      try {
        const response = await fetchLike(uploadUrl(file.name), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/octet-stream' },
          body: file,
        });
        status = response.status;
        text = await response.text();
      } catch {
        throw new ApiError('offline', OFFLINE_MESSAGE);
      }
      const receipt = uploadReceiptFromReply(status, text);
      if (!receipt.ok) throw new ApiError(receipt.error.code, receipt.error.message);
      return { source: { kind: 'upload', uploadId: receipt.value.uploadId }, fileName: receipt.value.fileName };
    },
  };
}

/** The desktop app's way: the preload turns the picked File into its path on disk. */
export function createBridgeFileSource(bridge: Pick<PaydeskBridge, 'pathForFile'>): FileSource {
  return {
    uploads: false,
    prepare(file) {
      let path: string;
      try {
        path = bridge.pathForFile(file);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return Promise.reject(new ApiError('internal', `Paydesk could not locate the file you picked: ${detail}`));
      }
      // Electron gives an empty path for a File that is not on disk (e.g. dragged from a web page).
      if (path === '') {
        return Promise.reject(
          new ApiError('validation', `"${file.name}" is not a file on this computer. Save it to a folder first, then pick it there.`),
        );
      }
      return Promise.resolve({ source: { kind: 'path', path }, fileName: file.name });
    },
  };
}
