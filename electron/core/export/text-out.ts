import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** Text is handed to the stream in chunks of about this many characters, not a write per row. */
export const CHUNK_CHARS = 64 * 1024;

/** Writes text, waiting for a full stream to drain first so a long export stays in bounded memory. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * A file readable by its owner only, filled by `fill` and closed once all of it is on disk.
 * Returns what `fill` returns (the row count). On a failure the stream is destroyed.
 */
export async function writeFileWith(path: string, fill: (out: Writable) => Promise<number>): Promise<number> {
  const out = createWriteStream(path, { mode: 0o600, encoding: 'utf8' });
  const finished = once(out, 'finish');
  try {
    const rows = await fill(out);
    out.end();
    await finished;
    return rows;
  } catch (error) {
    finished.catch(() => undefined);
    out.destroy();
    throw error;
  }
}
