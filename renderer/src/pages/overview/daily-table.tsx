import type { ReactNode } from 'react';
import { dayLabel } from '../connections/failure-counts-text';

export interface DailyColumn<P> {
  header: string;
  text: (point: P) => string;
  /** Where the cell leads for that day; plain text without it. */
  href?: (point: P) => string;
}

interface DailyTableProps<P extends { day: string }> {
  /** What opens the table, e.g. "Success rate per day". */
  summary: string;
  points: readonly P[];
  columns: readonly DailyColumn<P>[];
}

/** The numbers behind a daily chart, folded away; its cells click through as the chart's bars do. */
export function DailyTable<P extends { day: string }>({ summary, points, columns }: DailyTableProps<P>): ReactNode {
  return (
    <details className="overview-numbers">
      <summary>{summary}</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="overview-num">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.day}>
              <th scope="row">
                <time dateTime={point.day}>{dayLabel(point.day)}</time>
              </th>
              {columns.map((column) => (
                <td key={column.header} className="overview-num">
                  {column.href ? (
                    <a href={column.href(point)} aria-label={`${column.header}, ${dayLabel(point.day)}: ${column.text(point)}`}>
                      {column.text(point)}
                    </a>
                  ) : (
                    column.text(point)
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
