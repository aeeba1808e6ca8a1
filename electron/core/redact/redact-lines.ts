import { StringDecoder } from 'node:string_decoder';
import { redactText } from './redact-card-data';

/**
 * Redacts a text file as it streams, line by line, so it is never held whole. A card number
 * cannot span lines (its separators are single spaces or dashes), so each line is redacted on
 * its own; a line cut between two chunks waits for the rest. The file keeps its encoding: UTF-16
 * with its byte-order mark (as the importer reads it), otherwise UTF-8.
 */
export async function* redactLines(source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let encoding: 'utf8' | 'utf16le' | null = null;
  let decoder: StringDecoder | null = null;
  let head = Buffer.alloc(0);
  let pending = '';
  for await (const given of source) {
    const chunk = typeof given === 'string' ? Buffer.from(given, 'utf8') : given;
    if (!decoder) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) continue;
      encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf16le' : 'utf8';
      decoder = new StringDecoder(encoding);
      pending = decoder.write(head);
    } else {
      pending += decoder.write(chunk);
    }
    const lastBreak = pending.lastIndexOf('\n');
    if (lastBreak < 0) continue;
    yield Buffer.from(redactText(pending.slice(0, lastBreak + 1)), encoding ?? 'utf8');
    pending = pending.slice(lastBreak + 1);
  }
  if (!decoder) {
    if (head.length > 0) yield head;
    return;
  }
  pending += decoder.end();
  if (pending) yield Buffer.from(redactText(pending), encoding ?? 'utf8');
}
