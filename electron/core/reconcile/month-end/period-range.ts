import type { Period } from '../../../../shared/contract/reconcile';

/** The half-open range of UTC timestamps (and dates) a period covers: [start, end). */
export interface PeriodRange {
  /** 'YYYY-MM-01' */
  start: string;
  /** The first day of the next month, 'YYYY-MM-01'. */
  end: string;
}

// ISO-8601 text sorts like time, so a period is a string range: the same rows as
// substr(created_at, 1, 7) = P, and an index on the column can serve it.
export function periodRange(period: Period): PeriodRange {
  const [yearText = '', monthText = ''] = period.split('-');
  const year = Number(yearText);
  const month = Number(monthText);
  const next = month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1, 2)}`;
  return { start: `${period}-01`, end: `${next}-01` };
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}
