import type { ImportProblem } from '../../../shared/contract/imports';
import type { ConversionError } from '../convert/conversion-error';

/** A preview lists this many problems; the count covers all of them. */
export const PROBLEM_LIST_CAP = 1000;

/** Values are stored whole up to this length; longer ones (a runaway quoted cell) are cut. */
const VALUE_CAP = 200;

/** Shown in one-line messages: long enough to recognise, short enough for a terminal line. */
const MESSAGE_VALUE_CAP = 60;

export interface ProblemAt {
  row: number | null;
  column?: string | null;
  field?: string | null;
  value?: string | null;
  /** What is wrong, without the location: "USD allows 2 decimal places". */
  reason: string;
}

/**
 * Every problem found in a file, counted in full but kept only up to a cap, so a file where
 * every one of a million rows is wrong still previews in bounded memory.
 */
export class ProblemList {
  readonly kept: ImportProblem[] = [];
  count = 0;

  add(problem: ProblemAt): void {
    this.count += 1;
    if (this.kept.length < PROBLEM_LIST_CAP) this.kept.push(toImportProblem(problem));
  }

  /** A ConversionError from electron/core/convert, located at a row and column of the file. */
  addConversion(error: ConversionError, row: number, column: string | null): void {
    this.add({ row, column, field: error.location.field, value: error.value, reason: error.reason });
  }
}

export function toImportProblem(problem: ProblemAt): ImportProblem {
  const column = problem.column ?? null;
  const value = problem.value === undefined || problem.value === null ? null : capValue(problem.value);
  const where = [problem.row === null ? null : `row ${problem.row}`, column === null ? null : `column ${column}`]
    .filter((part) => part !== null)
    .join(', ');
  const shown = value === null ? '' : ` (value ${quoteForMessage(value)})`;
  return {
    row: problem.row,
    column,
    field: problem.field ?? null,
    value,
    message: `${where ? `${where}: ` : ''}${problem.reason}${shown}`,
  };
}

/** A value in double quotes on one line: control characters escaped, long values shortened. */
export function quoteForMessage(value: string): string {
  const short = value.length > MESSAGE_VALUE_CAP ? `${value.slice(0, MESSAGE_VALUE_CAP)}…` : value;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a terminal line
  return `"${short.replace(/["\\]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => escapeControl(c))}"`;
}

function escapeControl(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function capValue(value: string): string {
  return value.length > VALUE_CAP ? `${value.slice(0, VALUE_CAP)}…` : value;
}

/**
 * An import refused because the file has problems. Nothing was written. The message is one
 * line naming the file and the first problem (row, column, value) and how many more there are.
 */
export class ImportProblemsError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: readonly ImportProblem[],
    readonly problemCount: number,
  ) {
    super(describeProblems(fileName, problems, problemCount));
    this.name = 'ImportProblemsError';
  }
}

export function describeProblems(fileName: string, problems: readonly ImportProblem[], problemCount: number): string {
  const first = problems[0]?.message ?? 'the file has problems';
  const more = problemCount > 1 ? ` (+${problemCount - 1} more problem${problemCount === 2 ? '' : 's'})` : '';
  return `${fileName}, ${first}${more}; nothing was imported`;
}
