import { useId, type ReactNode } from 'react';

interface SampleTableProps {
  fileName: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * The first rows as the file has them. Cells are React text, never markup, so a cell such as
 * =HYPERLINK("…") shows literally and nothing in a file can run or load anything.
 */
export function SampleTable({ fileName, columns, rows }: SampleTableProps): ReactNode {
  const captionId = useId();
  if (rows.length === 0) return <p>The file has a header line but no rows.</p>;
  return (
    <div className="scroll-box scroll-box-wide" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table sample-table">
        <caption id={captionId}>First rows of {fileName}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
