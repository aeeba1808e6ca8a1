import { createReadStream } from 'node:fs';
import Papa, { type ParseError, type ParseResult, type Parser } from 'papaparse';
import { JobCancelledError } from '../jobs/job-context';
import { type Delimiter, type FileShape, sniffFile, UnreadableFileError } from './csv-sniff';
import type { ProblemList } from './problems';

/** Rows shown in a preview, as the file has them. */
export const SAMPLE_ROWS = 20;

/**
 * A record still open after this many characters is a quote that never closes: stop there
 * rather than re-scanning an ever longer tail of the file with every chunk.
 */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

// Small enough that the event loop turns every few milliseconds: a cancel (Ctrl-C) lands quickly.
const CHUNK_BYTES = 256 * 1024;

/** Where the rows of a file go, one at a time, after the header. */
export interface CsvSink {
  /** The header cells, trimmed. Returning false stops reading (the header is unusable). */
  header(cells: readonly string[]): boolean;
  /** A data row with as many cells as the header; `line` is its 1-based line in the file. */
  row(cells: readonly string[], line: number): void;
}

export interface CsvReadOptions {
  /** null: detect from the header line. */
  delimiter: Delimiter | null;
  problems: ProblemList;
  signal?: AbortSignal | undefined;
  /** Called after each chunk with the data rows read so far. */
  onProgress?: ((rowsRead: number) => void) | undefined;
}

export interface CsvReadResult {
  header: string[] | null;
  /** How the file is written, for reading it again; null when it could not be read. */
  shape: FileShape | null;
  /** Data rows: header and blank lines excluded, malformed rows included. */
  rowCount: number;
  sampleRows: string[][];
}

/**
 * Streams a CSV file through papaparse: byte order mark dropped, delimiter detected, quoted
 * fields, any line ending, blank lines skipped. A malformed quote or a row whose cell count
 * differs from the header's is a problem naming its line; the sink never sees that row.
 * Cells are passed on exactly as written: nothing is evaluated, trimmed or stripped.
 */
export async function readCsv(path: string, sink: CsvSink, options: CsvReadOptions): Promise<CsvReadResult> {
  const { problems } = options;
  let shape;
  try {
    shape = await sniffFile(path, options.delimiter);
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      problems.add({ row: null, reason: error.message });
      return { header: null, shape: null, rowCount: 0, sampleRows: [] };
    }
    throw error;
  }
  const result: CsvReadResult = { header: null, shape, rowCount: 0, sampleRows: [] };
  if (shape.empty) {
    problems.add({ row: null, reason: 'the file is empty' });
    return result;
  }
  const newlineChar = shape.newline === '\r' ? '\r' : '\n';
  let nextLine = 1;
  let width = 0;
  let charsSinceRow = 0;

  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path, { start: shape.startByte, encoding: shape.encoding, highWaterMark: CHUNK_BYTES });
    let parser: Parser | null = null;
    let settled = false;
    const stop = (error?: unknown, finished = false): void => {
      if (settled) return;
      settled = true;
      if (!finished) {
        parser?.abort();
        stream.destroy();
      }
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };

    const onChunk = (results: ParseResult<string[]>, handle: Parser): void => {
      parser = handle;
      if (settled) return;
      if (options.signal?.aborted) return stop(new JobCancelledError());
      const data = results.data;
      if (data.length > 0) charsSinceRow = 0;
      // Papaparse reports a malformed row against its index in this chunk; errors about the
      // unfinished tail come again, with the row, in a later chunk.
      let malformed: Map<number, ParseError['code']> | null = null;
      for (const error of results.errors) {
        if (error.row !== undefined && error.row < data.length && !malformed?.has(error.row)) {
          (malformed ??= new Map()).set(error.row, error.code);
        }
      }
      for (let index = 0; index < data.length; index += 1) {
        const cells = data[index] ?? [];
        const line = nextLine;
        nextLine += 1 + embeddedNewlines(cells, newlineChar);
        const quoteCode = malformed?.get(index);
        // A lone unclosed quote reads as a blank row: it is still a damaged file, not a blank line.
        if (isBlankRow(cells) && quoteCode === undefined) continue;
        if (result.header === null) {
          result.header = cells.map((cell) => cell.trim());
          width = cells.length;
          if (quoteCode !== undefined) {
            problems.add({ row: line, reason: quoteProblem(quoteCode) });
            return stop();
          }
          if (!sink.header(result.header)) return stop();
          continue;
        }
        result.rowCount += 1;
        if (result.sampleRows.length < SAMPLE_ROWS) result.sampleRows.push(cells.slice());
        if (quoteCode !== undefined) problems.add({ row: line, reason: quoteProblem(quoteCode) });
        else if (cells.length !== width) {
          problems.add({ row: line, reason: `expected ${width} cells as in the header, found ${cells.length}` });
        } else sink.row(cells, line);
      }
      options.onProgress?.(result.rowCount);
    };

    stream.on('data', (chunk) => {
      charsSinceRow += chunk.length;
      if (charsSinceRow > MAX_RECORD_CHARS && !settled) {
        problems.add({ row: nextLine, reason: `a quoted cell is not closed (or a row is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MiB)` });
        stop();
      }
    });

    Papa.parse<string[]>(stream, {
      delimiter: shape.delimiter,
      newline: shape.newline,
      quoteChar: '"',
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      chunk: (results, handle) => {
        try {
          onChunk(results, handle);
        } catch (error) {
          stop(error);
        }
      },
      complete: () => stop(undefined, true),
      error: (error: Error) => stop(error),
    });
  });
  return result;
}

function quoteProblem(code: ParseError['code']): string {
  return code === 'MissingQuotes'
    ? 'a quoted cell is not closed (a " is missing)'
    : 'a quote inside a quoted cell is not doubled (write "" for a quote)';
}

/** Lines a row spans beyond its first: quoted cells may hold line breaks. */
function embeddedNewlines(cells: readonly string[], newlineChar: string): number {
  let count = 0;
  for (const cell of cells) {
    let at = cell.indexOf(newlineChar);
    while (at !== -1) {
      count += 1;
      at = cell.indexOf(newlineChar, at + 1);
    }
  }
  return count;
}

/** An empty line, one of spaces, or one of delimiters only (spreadsheets write those). */
export function isBlankRow(cells: readonly string[]): boolean {
  if (cells.length === 1) return (cells[0] ?? '').trim() === '';
  for (const cell of cells) if (cell !== '') return false;
  return true;
}
