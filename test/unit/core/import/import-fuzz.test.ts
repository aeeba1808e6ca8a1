// Property tests over whole CSV imports: any file, however broken, is imported whole or not at
// all, never with an unexpected exception; valid rows round-trip to exact minor units.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DateOrder, Mapping } from '../../../../shared/contract/imports';
import type { Database } from '../../../../electron/core/db/database';
import { sql } from '../../../../electron/core/db/sql';
import { createImportService, type ImportService } from '../../../../electron/core/import/import-service';
import { ImportProblemsError } from '../../../../electron/core/import/problems';
import { useTempDirs } from '../../../helpers/temp-dir';
import { jobContext, openTestDb, rowCounts, STRIPE, STRIPE_HEADER, stripeCharge, writeFile } from './import-test-kit';

const tempDir = useTempDirs();
let dir = '';
let db: Database;
let service: ImportService;
let run = 0;

// One database per test, kept across that test's runs: refusals must leave earlier imports intact.
beforeEach(() => {
  dir = tempDir();
  db = openTestDb(dir);
  service = createImportService({ db });
});
afterEach(() => db.close());

const CURRENCIES = [
  ['USD', 2],
  ['EUR', 2],
  ['JPY', 0],
  ['KWD', 3],
  ['CLF', 4],
] as const;

type Delimiter = ',' | ';' | '\t' | '|';

interface Style {
  delimiter: Delimiter;
  detect: boolean;
  decimalSeparator: '.' | ',';
  thousandsSeparator: '' | ',' | '.' | ' ' | "'";
  dateOrder: DateOrder;
  bom: boolean;
  newline: '\n' | '\r\n';
  extraColumns: number;
}

interface Row {
  id: string;
  currency: (typeof CURRENCIES)[number];
  minor: number;
  grouped: boolean;
  trailingZeros: number;
  date: [number, number, number];
  dateSeparator: '/' | '.' | '-';
  note: string;
  blankBefore: '' | 'empty' | 'spaces' | 'delimiters';
}

const NASTY = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-3', '@SUM(A1)', '"quoted"', 'a;b,c|d\te', 'two\nlines', 'x\r\ny', '   padded   ', 'Zoë ¥ € 日本', ''];

const styleArb: fc.Arbitrary<Style> = fc
  .record({
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t', '|'),
    detect: fc.boolean(),
    decimalSeparator: fc.constantFrom<'.' | ','>('.', ','),
    thousandsSeparator: fc.constantFrom<Style['thousandsSeparator']>('', ',', '.', ' ', "'"),
    dateOrder: fc.constantFrom<DateOrder>('dmy', 'mdy', 'ymd'),
    bom: fc.boolean(),
    newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    extraColumns: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 20 }) }, { weight: 1, arbitrary: fc.constant(1500) }),
  })
  .filter((style) => style.decimalSeparator !== style.thousandsSeparator);

const rowArb: fc.Arbitrary<Row> = fc.record({
  id: fc.constantFrom('', '=', '+', '-', '@'),
  currency: fc.constantFrom(...CURRENCIES),
  minor: fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
  grouped: fc.boolean(),
  trailingZeros: fc.integer({ min: 0, max: 2 }),
  date: fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })),
  dateSeparator: fc.constantFrom<Row['dateSeparator']>('/', '.', '-'),
  note: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 30 })),
  blankBefore: fc.constantFrom<Row['blankBefore']>('', '', '', 'empty', 'spaces', 'delimiters'),
});

/** Minor units as the style writes them: "-1.234.567,890" for KWD with dot thousands. */
function formatAmount(minor: number, exponent: number, style: Style, row: Row): string {
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  let whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = (exponent === 0 ? '' : digits.slice(-exponent)) + '0'.repeat(exponent === 0 ? 0 : row.trailingZeros);
  if (row.grouped && style.thousandsSeparator !== '') whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousandsSeparator);
  return `${minor < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `${style.decimalSeparator}${fraction}`}`;
}

function formatDate([year, month, day]: Row['date'], order: DateOrder, separator: string): string {
  const [y, m, d] = [String(year), String(month).padStart(2, '0'), String(day).padStart(2, '0')];
  const parts = order === 'ymd' ? [y, m, d] : order === 'dmy' ? [d, m, y] : [m, d, y];
  return parts.join(separator);
}

function cell(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

interface Generated {
  text: string;
  /** The file's lines before joining, and which of them hold a whole row with no line break in it. */
  lines: string[];
  singleLineRows: number[];
  mapping: Mapping;
  expected: { id: string; currency: string; minor: number; note: string }[];
}

function generate(style: Style, rows: readonly Row[]): Generated {
  run += 1;
  const extra = Array.from({ length: style.extraColumns }, (_, index) => `extra ${index}`);
  const header = ['Ref', 'Amount', 'Cur', 'Date', 'Note', ...extra];
  const lines = [header.map((name) => cell(name, style.delimiter)).join(style.delimiter)];
  const expected: Generated['expected'] = [];
  const singleLineRows: number[] = [];
  rows.forEach((row, index) => {
    if (row.blankBefore === 'empty') lines.push('');
    if (row.blankBefore === 'spaces') lines.push('   ');
    if (row.blankBefore === 'delimiters') lines.push(style.delimiter.repeat(header.length - 1));
    const id = `${row.id}r${run}-${index}`;
    const [code, exponent] = row.currency;
    const cells = [id, formatAmount(row.minor, exponent, style, row), code, formatDate(row.date, style.dateOrder, row.dateSeparator), row.note, ...extra.map(() => 'x')];
    const line = cells.map((value) => cell(value, style.delimiter)).join(style.delimiter);
    if (!/[\r\n]/.test(line)) singleLineRows.push(lines.length);
    lines.push(line);
    expected.push({ id, currency: code, minor: row.minor, note: row.note });
  });
  const mapping: Mapping = {
    name: `fuzz ${run}`,
    target: 'payments',
    delimiter: style.detect ? null : style.delimiter,
    decimalSeparator: style.decimalSeparator,
    thousandsSeparator: style.thousandsSeparator,
    dateOrder: style.dateOrder,
    defaultCurrency: null,
    columns: { id: 'Ref', amount: 'Amount', currency: 'Cur', date: 'Date' },
  };
  return { text: `${style.bom ? '\ufeff' : ''}${lines.join(style.newline)}${style.newline}`, lines, singleLineRows, mapping, expected };
}

/** Runs an import that may fail; only an ImportProblemsError is an acceptable failure. */
async function attempt(path: string, mappingName: string): Promise<'imported' | 'refused'> {
  try {
    await service.run({ kind: 'path', path }, { kind: 'mapping', name: mappingName }, jobContext());
    return 'imported';
  } catch (error) {
    if (error instanceof ImportProblemsError) return 'refused';
    throw error;
  }
}

describe('CSV import under generated files', () => {
  it('round-trips valid rows to exact minor units, whatever the delimiter, separators and line endings', async () => {
    await fc.assert(
      fc.asyncProperty(styleArb, fc.array(rowArb, { minLength: 1, maxLength: 25 }), async (style, rows) => {
        const { text, mapping, expected } = generate(style, rows);
        service.mappings.save(mapping);
        const path = writeFile(dir, `valid-${run}.csv`, text);
        const preview = await service.preview({ kind: 'path', path }, { kind: 'mapping', name: mapping.name });
        expect(preview.problems).toEqual([]);
        expect(preview.counts.payments).toBe(rows.length);
        expect(await attempt(path, mapping.name)).toBe('imported');
        for (const row of expected) {
          const stored = db.get<{ amount_minor: number; currency: string; raw_json: string }>(sql`SELECT amount_minor, currency, raw_json FROM payments WHERE id = ${row.id}`);
          expect(stored && { amount_minor: stored.amount_minor, currency: stored.currency }).toEqual({ amount_minor: row.minor, currency: row.currency });
          if (NASTY.includes(row.note)) expect(JSON.parse(stored?.raw_json ?? '{}').Note).toBe(row.note);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('imports a damaged file whole or not at all: malformed quotes, wide rows, bad currencies, grouping and precision', async () => {
    const damage = fc.constantFrom('quote', 'stray-quote', 'wide', 'narrow', 'currency', 'precision', 'grouping', 'garbage');
    await fc.assert(
      fc.asyncProperty(styleArb, fc.array(rowArb, { minLength: 2, maxLength: 20 }), damage, fc.nat(), async (style, rows, kind, where) => {
        const { lines, singleLineRows, mapping } = generate(style, rows);
        fc.pre(singleLineRows.length > 0);
        service.mappings.save(mapping);
        // Damage one data row that sits on a line of its own (never the header).
        const target = singleLineRows[where % singleLineRows.length] ?? 1;
        const cells = (lines[target] ?? '').split(style.delimiter);
        const damaged = {
          quote: () => `${lines[target]}${style.delimiter}"unclosed`,
          'stray-quote': () => `"a"b${style.delimiter}${lines[target]}`,
          wide: () => `${lines[target]}${style.delimiter.repeat(2000)}`,
          narrow: () => cells.slice(0, 2).join(style.delimiter),
          currency: () => [`bad${run}`, '1', 'ABC', '01/01/2026', 'x'].join(style.delimiter),
          precision: () => [`bad${run}`, style.decimalSeparator === '.' ? '1.00001' : '1,00001', 'USD', formatDate([2026, 1, 1], style.dateOrder, '/'), 'x'].join(style.delimiter),
          grouping: () => [`bad${run}`, style.thousandsSeparator === '' ? `1${style.decimalSeparator === '.' ? ',' : '.'}000` : `12${style.thousandsSeparator}34`, 'USD', formatDate([2026, 1, 1], style.dateOrder, '/'), 'x'].join(style.delimiter),
          garbage: () => '\u0000\u0001"\u00ff',
        }[kind]();
        lines[target] = damaged;
        const path = writeFile(dir, `damaged-${run}.csv`, `${style.bom ? '\ufeff' : ''}${lines.join(style.newline)}`);
        const before = rowCounts(db);
        const preview = await service.preview({ kind: 'path', path }, { kind: 'mapping', name: mapping.name });
        const outcome = await attempt(path, mapping.name);
        expect(outcome).toBe(preview.canCommit ? 'imported' : 'refused');
        if (outcome === 'refused') expect(rowCounts(db)).toEqual(before);
        // These damages can never make a valid row (the quote ones may, depending on what follows).
        if (!['quote', 'stray-quote'].includes(kind)) expect(outcome).toBe('refused');
        if (outcome === 'refused') expect(preview.problems[0]?.message).toMatch(/^(row \d+|the file)/);
      }),
      { numRuns: 80 },
    );
  });

  it('never throws anything but a refusal on arbitrary text given as a Stripe report', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.array(fc.oneof(fc.constant(stripeCharge(1)), fc.string({ maxLength: 60 })), { maxLength: 8 }).map((lines) => [STRIPE_HEADER, ...lines].join('\n')),
        ),
        async (text) => {
          run += 1;
          const path = writeFile(dir, `arbitrary-${run}.csv`, text);
          const before = rowCounts(db);
          const preview = await service.preview({ kind: 'path', path }, STRIPE);
          try {
            await service.run({ kind: 'path', path }, STRIPE, jobContext());
            expect(preview.canCommit).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportProblemsError);
            expect(preview.canCommit).toBe(false);
            expect(rowCounts(db)).toEqual(before);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
