import type { Writable } from 'node:stream';
import { pumpRows } from './row-pump';
import { cellText, type Table } from './table';
import { CHUNK_CHARS, writeFileWith, writeText } from './text-out';

/** Excel reads a CSV without it as the local ANSI code page, garbling "Müller" and "¥". */
const BYTE_ORDER_MARK = '\ufeff';
const LINE_END = '\r\n';

/** Writes a table as RFC 4180 CSV (UTF-8, CRLF), formula cells escaped. Returns the data row count. */
export function writeCsv(path: string, table: Table): Promise<number> {
  return writeFileWith(path, (out) => streamCsv(out, table));
}

/** The same CSV into a stream the caller owns (the CLI's stdout), left open. */
export async function streamCsv(out: Writable, table: Table): Promise<number> {
  let buffer = BYTE_ORDER_MARK + csvLine(table.columns.map((column) => column.header));
  const rows = await pumpRows(table.rows, async (row) => {
    buffer += csvLine(row.map(cellText));
    if (buffer.length >= CHUNK_CHARS) {
      await writeText(out, buffer);
      buffer = '';
    }
  });
  await writeText(out, buffer);
  return rows;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(quoteField).join(',') + LINE_END;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
