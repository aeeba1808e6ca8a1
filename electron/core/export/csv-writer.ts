import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { pumpRows } from './row-pump';
import { cellText, type Table } from './table';

/** Excel reads a CSV without it as the local ANSI code page, garbling "Müller" and "¥". */
const BYTE_ORDER_MARK = '\ufeff';
const LINE_END = '\r\n';
const CHUNK_CHARS = 64 * 1024;

/** Writes a table as RFC 4180 CSV (UTF-8, CRLF), formula cells escaped. Returns the data row count. */
export async function writeCsv(path: string, table: Table): Promise<number> {
  const out = createWriteStream(path, { mode: 0o600, encoding: 'utf8' });
  const finished = once(out, 'finish');
  let buffer = BYTE_ORDER_MARK + csvLine(table.columns.map((column) => column.header));
  try {
    const rows = await pumpRows(table.rows, async (row) => {
      buffer += csvLine(row.map(cellText));
      if (buffer.length >= CHUNK_CHARS) {
        await write(out, buffer);
        buffer = '';
      }
    });
    await write(out, buffer);
    out.end();
    await finished;
    return rows;
  } catch (error) {
    finished.catch(() => undefined);
    out.destroy();
    throw error;
  }
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(quoteField).join(',') + LINE_END;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
