import type { Writable } from 'node:stream';
import { CHUNK_CHARS, writeFileWith, writeText } from './text-out';

/** Lines between two pauses, so a long export leaves the backend's other calls a turn. */
const LINES_PER_TURN = 500;

/** Writes one JSON value per line (JSON Lines, UTF-8, LF). Returns the line count. */
export function writeJsonl(path: string, values: Iterable<unknown>): Promise<number> {
  return writeFileWith(path, (out) => streamJsonl(out, values));
}

/** The same lines into a stream the caller owns (the CLI's stdout), left open. */
export async function streamJsonl(out: Writable, values: Iterable<unknown>): Promise<number> {
  let buffer = '';
  let count = 0;
  for (const value of values) {
    buffer += `${JSON.stringify(value)}\n`;
    count += 1;
    if (buffer.length >= CHUNK_CHARS) {
      await writeText(out, buffer);
      buffer = '';
    }
    if (count % LINES_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await writeText(out, buffer);
  return count;
}
