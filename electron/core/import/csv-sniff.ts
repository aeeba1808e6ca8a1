import { open } from 'node:fs/promises';

export type Delimiter = ',' | ';' | '\t' | '|';
export type Newline = '\n' | '\r\n' | '\r';

/** Candidates in order of preference when a header line has as many of one as of another. */
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Enough to hold any real header line; a longer first line is read as far as it goes. */
const SNIFF_BYTES = 256 * 1024;

export interface FileShape {
  /** Where the text starts after a byte order mark. */
  startByte: number;
  encoding: 'utf8' | 'utf16le';
  newline: Newline;
  /** Detected from the header line unless the caller fixed it. */
  delimiter: Delimiter;
  /** Nothing but a byte order mark, blank lines and spaces. */
  empty: boolean;
  /** Size and modification time when first read: the second reading checks nothing changed. */
  bytes: number;
  modifiedMs: number;
}

export class UnreadableFileError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

/**
 * Looks at the start of a file to learn how to read the rest: its encoding (UTF-8, with or
 * without a byte order mark, or the UTF-16 "Unicode text" spreadsheets save), its line ending,
 * and the delimiter its header line uses.
 */
export async function sniffFile(path: string, fixedDelimiter: Delimiter | null): Promise<FileShape> {
  let bytes: Buffer;
  let stats: { size: number; mtimeMs: number };
  try {
    const handle = await open(path, 'r');
    try {
      stats = await handle.stat();
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new UnreadableFileError(describeReadError(error));
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw new UnreadableFileError('the file is UTF-16 big-endian text: save it as UTF-8 CSV and import that');
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const startByte = utf16 ? 2 : utf8Bom ? 3 : 0;
  const encoding = utf16 ? 'utf16le' : 'utf8';
  const text = bytes.subarray(startByte).toString(encoding);
  const headerLine = firstNonBlankLine(text);
  return {
    startByte,
    encoding,
    newline: detectNewline(text),
    delimiter: fixedDelimiter ?? detectDelimiter(headerLine ?? ''),
    empty: headerLine === null,
    bytes: stats.size,
    modifiedMs: stats.mtimeMs,
  };
}

function firstNonBlankLine(text: string): string | null {
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') return line;
  }
  return null;
}

function detectNewline(text: string): Newline {
  const index = text.search(/[\r\n]/);
  if (index === -1 || text[index] === '\n') return '\n';
  return text[index + 1] === '\n' ? '\r\n' : '\r';
}

/** The candidate that occurs most often outside quotes in the header line; a comma if none does. */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'the file cannot be read: permission denied';
    case 'EISDIR':
      return 'this is a folder, not a file';
    default:
      return `the file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}
