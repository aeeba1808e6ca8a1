import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';
import { isBlankRow } from './csv-reader';
import type { FileShape } from './csv-sniff';

// A piece's rows are all alive while it is converted: small pieces keep that garbage young.
const BLOCK_BYTES = 256 * 1024;

/** The second reading found something the first did not: the file changed in between. */
export class CsvChangedError extends Error {
  constructor() {
    super('the file changed while it was being imported');
    this.name = 'CsvChangedError';
  }
}

/**
 * Reads a file the first reading already checked, again, synchronously, so it can run inside a
 * database transaction: blocks are cut at the last line break outside quotes and each piece is
 * parsed whole. Data rows (header and blank lines skipped) go to `onRow`.
 */
export function rereadCsv(path: string, shape: FileShape, onRow: (cells: readonly string[]) => void): void {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.size !== shape.bytes || stats.mtimeMs !== shape.modifiedMs) throw new CsvChangedError();
    const decoder = new StringDecoder(shape.encoding);
    const buffer = Buffer.alloc(BLOCK_BYTES);
    const newlineChar = shape.newline === '\r' ? '\r' : '\n';
    let position = shape.startByte;
    let pending = '';
    let width = -1;
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, BLOCK_BYTES, position);
      position += bytesRead;
      const atEnd = bytesRead === 0;
      const text = pending + (atEnd ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead)));
      const cut = atEnd ? text.length : lastRecordEnd(text, newlineChar) + 1;
      pending = text.slice(cut);
      if (cut > 0) {
        const parsed = Papa.parse<string[]>(text.slice(0, cut), {
          delimiter: shape.delimiter,
          newline: shape.newline,
          quoteChar: '"',
          header: false,
          skipEmptyLines: false,
          dynamicTyping: false,
        });
        if (parsed.errors.length > 0) throw new CsvChangedError();
        for (const cells of parsed.data) {
          if (isBlankRow(cells)) continue;
          if (width === -1) width = cells.length;
          else if (cells.length !== width) throw new CsvChangedError();
          else onRow(cells);
        }
      }
      if (atEnd) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** The index of the last line break outside quotes, -1 if none: pieces start outside quotes. */
function lastRecordEnd(text: string, newlineChar: string): number {
  if (text.indexOf('"') === -1) return text.lastIndexOf(newlineChar);
  let quoted = false;
  let from = 0;
  let last = -1;
  for (;;) {
    const quote = text.indexOf('"', from);
    const end = quote === -1 ? text.length : quote;
    if (!quoted && end > from) {
      const breakAt = text.lastIndexOf(newlineChar, end - 1);
      if (breakAt >= from) last = breakAt;
    }
    if (quote === -1) return last;
    quoted = !quoted;
    from = quote + 1;
  }
}
