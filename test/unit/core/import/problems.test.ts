import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../../../electron/core/convert/conversion-error';
import { describeProblems, PROBLEM_LIST_CAP, ProblemList, quoteForMessage } from '../../../../electron/core/import/problems';

describe('ProblemList', () => {
  it('words a problem with its row, column and value', () => {
    const problems = new ProblemList();
    problems.addConversion(new ConversionError({ record: 'row 17', field: 'amount' }, '12.345', 'USD allows 2 decimal places'), 17, 'gross');
    expect(problems.kept).toEqual([
      { row: 17, column: 'gross', field: 'amount', value: '12.345', message: 'row 17, column gross: USD allows 2 decimal places (value "12.345")' },
    ]);
  });

  it('keeps the first problems up to the cap and counts every one', () => {
    const problems = new ProblemList();
    for (let row = 2; row < PROBLEM_LIST_CAP + 502; row += 1) problems.add({ row, reason: 'bad' });
    expect(problems.kept).toHaveLength(PROBLEM_LIST_CAP);
    expect(problems.count).toBe(PROBLEM_LIST_CAP + 500);
    expect(problems.kept[0]?.row).toBe(2);
  });

  it('shows values on one line: control characters escaped, long values shortened', () => {
    expect(quoteForMessage('a\nb\t"c"')).toBe('"a\\nb\\t\\"c\\""');
    expect(quoteForMessage('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('names the file, the first problem and how many more there are', () => {
    const problems = new ProblemList();
    problems.add({ row: 3, column: 'gross', field: 'amount', value: 'abc', reason: 'expected a decimal amount' });
    problems.add({ row: 4, reason: 'bad' });
    problems.add({ row: 5, reason: 'bad' });
    expect(describeProblems('report.csv', problems.kept, problems.count)).toBe(
      'report.csv, row 3, column gross: expected a decimal amount (value "abc") (+2 more problems); nothing was imported',
    );
    expect(describeProblems('report.csv', problems.kept.slice(0, 1), 1)).toBe(
      'report.csv, row 3, column gross: expected a decimal amount (value "abc"); nothing was imported',
    );
  });
});
