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

/**
 * Problems held back instead of listed, each against the thing it is about (set with `on`), to
 * be listed later only for the things that still matter, in line order with later findings.
 */
export class HeldProblems<Owner> extends ProblemList {
  private readonly held: { owner: Owner; problem: ProblemAt }[] = [];
  private owner: Owner | null = null;

  override add(problem: ProblemAt): void {
    if (this.owner === null) throw new Error('a held problem needs an owner: add it inside on()');
    this.held.push({ owner: this.owner, problem });
  }

  /** Runs `work` with every problem it finds held against `owner`. */
  on<T>(owner: Owner, work: () => T): T {
    this.owner = owner;
    try {
      return work();
    } finally {
      this.owner = null;
    }
  }

  /**
   * Lists the held problems of owners `keep` accepts into `target`, merged by row with `later`
   * (already in row order; a held problem comes first on the same row), and tells `onListed`
   * about each owner listed. Nothing is held afterwards.
   */
  release(later: readonly { owner: Owner; problem: ProblemAt }[], target: ProblemList, keep: (owner: Owner) => boolean, onListed: (owner: Owner) => void): void {
    const held = this.held.filter(({ owner }) => keep(owner));
    const others = later.filter(({ owner }) => keep(owner));
    let heldAt = 0;
    let otherAt = 0;
    for (;;) {
      const first = held[heldAt];
      const other = others[otherAt];
      let next;
      if (first !== undefined && (other === undefined || (first.problem.row ?? 0) <= (other.problem.row ?? 0))) {
        next = first;
        heldAt += 1;
      } else if (other !== undefined) {
        next = other;
        otherAt += 1;
      } else break;
      target.add(next.problem);
      onListed(next.owner);
    }
    this.held.length = 0;
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
