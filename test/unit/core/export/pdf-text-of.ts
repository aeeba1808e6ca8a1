import { readFileSync } from 'node:fs';

/**
 * The text drawn in an uncompressed PDF written by pdfkit with a standard font: the hex strings
 * of its TJ arrays, decoded and joined, one line per text operation.
 */
export function pdfTextOf(path: string): string {
  const content = readFileSync(path).toString('latin1');
  const lines: string[] = [];
  for (const match of content.matchAll(/\[([^\]]*)\] TJ/g)) {
    const parts = [...(match[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'));
    lines.push(parts.join(''));
  }
  return lines.join('\n');
}
