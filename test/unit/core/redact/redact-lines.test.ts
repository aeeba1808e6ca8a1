import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { redactLines } from '../../../../electron/core/redact/redact-lines';

async function redacted(chunks: Buffer[]): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of redactLines(Readable.from(chunks))) parts.push(part);
  return Buffer.concat(parts);
}

/** Every way of cutting the bytes in two chunks, so a number split across chunks is covered. */
function everySplit(bytes: Buffer): Buffer[][] {
  return Array.from({ length: bytes.length + 1 }, (_, at) => [bytes.subarray(0, at), bytes.subarray(at)]);
}

describe('redactLines', () => {
  it('masks card numbers in a UTF-8 file however the stream is cut, and leaves the rest byte for byte', async () => {
    const text = 'id,card,note\npi_1,4111 1111 1111 1111,café\npi_2,5555-5555-5555-4444,ok\n';
    const expected = 'id,card,note\npi_1,••••1111,café\npi_2,••••4444,ok\n';
    for (const chunks of everySplit(Buffer.from(text, 'utf8'))) {
      expect((await redacted(chunks)).toString('utf8')).toBe(expected);
    }
  });

  it('keeps a UTF-16 file UTF-16, byte-order mark included', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,4111111111111111\nb,2\n', 'utf16le')]);
    for (const chunks of everySplit(bytes)) {
      const out = await redacted(chunks);
      expect([...out.subarray(0, 2)]).toEqual([0xff, 0xfe]);
      expect(out.subarray(2).toString('utf16le')).toBe('a,••••1111\nb,2\n');
    }
  });

  it('passes a file without a final line break or one byte long through', async () => {
    expect((await redacted([Buffer.from('x,378282246310005')])).toString()).toBe('x,••••0005');
    expect((await redacted([Buffer.from('x')])).toString()).toBe('x');
    expect((await redacted([])).length).toBe(0);
  });
});
