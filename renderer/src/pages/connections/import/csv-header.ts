/** The delimiters a mapping may name; null asks for detection. */
export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/** The first record of CSV text, up to its first line break outside quotes. */
export function firstRecord(text: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let quoted = false;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return body.slice(0, index);
  }
  return body;
}

/** The candidate that occurs most often outside quotes; a comma when none does. */
export function detectDelimiter(record: string): Delimiter {
  const counts = new Map<Delimiter, number>();
  let quoted = false;
  for (const char of record) {
    const delimiter = CANDIDATES.find((candidate) => candidate === char);
    if (char === '"') quoted = !quoted;
    else if (!quoted && delimiter) counts.set(delimiter, (counts.get(delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The column names of a CSV file from its first bytes, so the mapping editor can offer them
 * before any preview has run. Quotes are honoured ("" is a quote); names are kept as written.
 */
export function headerColumns(text: string, delimiter: Delimiter | null = null): string[] {
  const record = firstRecord(text);
  if (record.trim() === '') return [];
  const separator = delimiter ?? detectDelimiter(record);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < record.length; index += 1) {
    const char = record[index];
    if (quoted) {
      if (char === '"' && record[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.filter((name) => name.trim() !== '');
}
