import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { redactLines } from '../redact/redact-lines';

export interface StoredUpload {
  uploadId: string;
  fileName: string;
  path: string;
  bytes: number;
}

export class UploadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than ${Math.round(limit / 1024 / 1024)} MiB`);
  }
}

/**
 * Files the browser console uploads for import (the desktop app passes a path instead). Each is
 * kept under uploads/<uuid>/ in the data folder, readable by its owner only, until removed, and
 * card numbers are masked as it is written: what Paydesk keeps is never the raw file.
 */
export class UploadStore {
  constructor(
    private readonly dir: string,
    readonly maxBytes: number = 2 * 1024 * 1024 * 1024,
  ) {}

  async save(body: Readable, fileName: string): Promise<StoredUpload> {
    const uploadId = randomUUID();
    const folder = join(this.dir, uploadId);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const path = join(folder, safeFileName(fileName));
    let bytes = 0;
    const limit = this.maxBytes;
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            bytes += chunk.length;
            if (bytes > limit) throw new UploadTooLargeError(limit);
            yield chunk;
          }
        },
        redactLines,
        createWriteStream(path, { mode: 0o600 }),
      );
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    return { uploadId, fileName: basename(path), path, bytes };
  }

  /** The stored file of an upload, or undefined if there is none (ids are UUIDs, checked by the contract). */
  find(uploadId: string): StoredUpload | undefined {
    const folder = join(this.dir, uploadId);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return undefined;
    }
    const fileName = names[0];
    return fileName ? { uploadId, fileName, path: join(folder, fileName), bytes: -1 } : undefined;
  }

  remove(uploadId: string): void {
    rmSync(join(this.dir, uploadId), { recursive: true, force: true });
  }
}

/** Keeps the name a person recognises, without path separators or control characters. */
function safeFileName(name: string): string {
  const cleaned = [...basename(name.replace(/\\/g, '/'))]
    .map((char) => (char.charCodeAt(0) < 32 || '<>:"|?*'.includes(char) ? '_' : char))
    .join('')
    .slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'upload.csv';
}
