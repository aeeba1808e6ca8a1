import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvReadResult } from '../../../../electron/core/import/csv-reader';
import { rereadCsv } from '../../../../electron/core/import/csv-reread';
import { detectDelimiter } from '../../../../electron/core/import/csv-sniff';
import { ProblemList } from '../../../../electron/core/import/problems';
import { useTempDirs } from '../../../helpers/temp-dir';
import { writeFile } from './import-test-kit';

const tempDir = useTempDirs();

interface Read {
  header: readonly string[] | null;
  rows: { line: number; cells: readonly string[] }[];
  problems: ProblemList;
  result: CsvReadResult;
}

async function readText(text: string | Buffer, delimiter: ',' | ';' | '\t' | '|' | null = null): Promise<Read> {
  const path = writeFile(tempDir(), 'file.csv', text);
  return readPath(path, delimiter);
}

async function readPath(path: string, delimiter: ',' | ';' | '\t' | '|' | null = null): Promise<Read> {
  const problems = new ProblemList();
  let header: readonly string[] | null = null;
  const rows: Read['rows'] = [];
  const result = await readCsv(
    path,
    {
      header: (cells) => {
        header = cells;
        return true;
      },
      row: (cells, line) => rows.push({ line, cells: [...cells] }),
    },
    { delimiter, problems },
  );
  return { header, rows, problems, result };
}

describe('readCsv', () => {
  it('strips a UTF-8 byte order mark and reads CRLF lines', async () => {
    const read = await readText('\ufeffid,amount\r\na,1.00\r\nb,2.00\r\n');
    expect(read.header).toEqual(['id', 'amount']);
    expect(read.rows).toEqual([
      { line: 2, cells: ['a', '1.00'] },
      { line: 3, cells: ['b', '2.00'] },
    ]);
    expect(read.problems.count).toBe(0);
  });

  it.each([
    [';', 'id;amount\na;1,50\n'],
    ['\t', 'id\tamount\na\t1,50\n'],
    ['|', 'id|amount\na|1,50\n'],
    [',', 'id,amount\na,"1,50"\n'],
  ])('detects the %j delimiter from the header line', async (delimiter, text) => {
    const read = await readText(text);
    expect(read.result.shape?.delimiter).toBe(delimiter);
    expect(read.rows[0]?.cells).toEqual(['a', '1,50']);
  });

  it('prefers the delimiter that occurs most often outside quotes in the header', () => {
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a,b,c;d')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('uses a delimiter the mapping fixes even where the header suggests another', async () => {
    const read = await readText('a,b;c\n1,2;3\n', ';');
    expect(read.header).toEqual(['a,b', 'c']);
    expect(read.rows[0]?.cells).toEqual(['1,2', '3']);
  });

  it('counts lines through quoted line breaks and skipped blank lines', async () => {
    const read = await readText('id,note\n\na,"two\nlines"\n   \nb,"say ""hi"""\n,\nc,plain\n');
    expect(read.rows).toEqual([
      { line: 3, cells: ['a', 'two\nlines'] },
      { line: 6, cells: ['b', 'say "hi"'] },
      { line: 8, cells: ['c', 'plain'] },
    ]);
    expect(read.result.rowCount).toBe(3);
  });

  it('keeps cells that look like spreadsheet formulas exactly as written', async () => {
    const read = await readText('id,note,amount\na,"=HYPERLINK(""http://x.example"",""click"")",-5.00\nb,+1+2,@SUM(A1)\n');
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['a', '=HYPERLINK("http://x.example","click")', '-5.00'],
      ['b', '+1+2', '@SUM(A1)'],
    ]);
  });

  it('reports a row with the wrong number of cells by its line, and passes the others on', async () => {
    const read = await readText('id,amount\na,1\nb,2,extra\nc\nd,4\n');
    expect(read.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(read.problems.kept.map((problem) => problem.message)).toEqual([
      'row 3: expected 2 cells as in the header, found 3',
      'row 4: expected 2 cells as in the header, found 1',
    ]);
    expect(read.result.rowCount).toBe(4);
  });

  it('reports an unclosed quote at the row where it opens', async () => {
    const read = await readText('id,note\na,fine\nb,"never closed\nc,more\n');
    expect(read.rows.map((row) => row.line)).toEqual([2]);
    expect(read.problems.kept).toEqual([expect.objectContaining({ row: 3, message: 'row 3: a quoted cell is not closed (a " is missing)' })]);
  });

  it('reports a lone unclosed quote on the last line, which would otherwise pass for a blank line', async () => {
    const read = await readText('id,note\na,fine\n"');
    expect(read.rows.map((row) => row.line)).toEqual([2]);
    expect(read.problems.kept).toEqual([expect.objectContaining({ row: 3, message: 'row 3: a quoted cell is not closed (a " is missing)' })]);
  });

  it('reports a stray quote after a quoted cell, and keeps a quote inside an unquoted cell', async () => {
    const stray = await readText('id,note\na,"x"y\nb,"z"\n');
    expect(stray.problems.kept.map((problem) => problem.message)).toEqual(['row 2: a quote inside a quoted cell is not doubled (write "" for a quote)']);
    expect(stray.rows).toEqual([]);
    const inside = await readText('id,note\na,b"c\n');
    expect(inside.rows).toEqual([{ line: 2, cells: ['a', 'b"c'] }]);
  });

  it('reads UTF-16 "Unicode text" as spreadsheets save it', async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\r\n1\tZoë\r\n', 'utf16le')]);
    const read = await readText(text);
    expect(read.header).toEqual(['id', 'name']);
    expect(read.rows[0]?.cells).toEqual(['1', 'Zoë']);
  });

  it('gives one problem for an empty file, a missing file and a folder', async () => {
    for (const [path, message] of [
      [writeFile(tempDir(), 'empty.csv', '\ufeff\n  \n'), 'the file is empty'],
      [join(tempDir(), 'missing.csv'), 'file not found'],
      [(() => { const dir = join(tempDir(), 'folder.csv'); mkdirSync(dir); return dir; })(), 'this is a folder, not a file'],
    ] as const) {
      const read = await readPath(path);
      expect(read.problems.kept.map((problem) => problem.message)).toEqual([message]);
      expect(read.rows).toEqual([]);
    }
  });

  it('reads the same rows a second time, synchronously, across block boundaries', async () => {
    const lines = ['id,note'];
    for (let index = 0; index < 30_000; index += 1) lines.push(index % 7 === 0 ? `${index},"multi\nline, quoted ""${index}"""` : `${index},plain ${index}`);
    const path = writeFile(tempDir(), 'big.csv', `\ufeff${lines.join('\r\n')}\r\n`);
    const first = await readPath(path);
    expect(first.problems.count).toBe(0);
    const again: string[][] = [];
    if (!first.result.shape) throw new Error('expected a shape');
    rereadCsv(path, first.result.shape, (cells) => again.push([...cells]));
    expect(again).toEqual(first.rows.map((row) => row.cells));
    expect(again).toHaveLength(30_000);
  });
});
