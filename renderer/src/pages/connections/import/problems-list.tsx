import { useId, type ReactNode } from 'react';
import type { ImportProblem } from '../../../../../shared/contract/imports';
import { moreProblemsText, problemRow, problemsHeading } from './import-text';

function Cell({ text }: { text: string | null }): ReactNode {
  if (text === null) return <td className="muted">—</td>;
  if (text === '') return <td className="muted">(empty)</td>;
  return <td className="mono">{text}</td>;
}

/** Every problem the preview found, located by row and column so it can be fixed in the file. */
export function ProblemsList({ problems, total }: { problems: readonly ImportProblem[]; total: number }): ReactNode {
  const headingId = useId();
  const more = moreProblemsText(problems.length, total);
  return (
    <div className="import-problems">
      <h4 id={headingId}>{problemsHeading(total)}</h4>
      {problems.length > 0 && (
        // Focusable so keyboard users can scroll a long list.
        <div className="scroll-box" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="table problems-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Field</th>
                <th scope="col">Value</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem, index) => (
                <tr key={index}>
                  <th scope="row">{problemRow(problem)}</th>
                  <Cell text={problem.column} />
                  <Cell text={problem.field} />
                  <Cell text={problem.value} />
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more !== null && <p className="more-problems">{more}</p>}
    </div>
  );
}
