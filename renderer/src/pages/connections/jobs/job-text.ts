import type { JobProgress, JobState } from '../../../../../shared/contract/jobs';
import { assertNever } from '../../../lib/assert-never';
import { formatCount, plural } from '../../../lib/format-count';
import { adviceFor, issueText } from '../connector-text';

export function jobStateText(state: JobState): string {
  switch (state) {
    case 'running':
      return 'Running';
    case 'succeeded':
      return 'Completed';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
    default:
      return assertNever(state);
  }
}

/** "1,200 of 5,000 records", or just the count while the total is not known yet. */
export function recordsText(job: Pick<JobProgress, 'recordsDone' | 'recordsTotal'>, locale?: string): string {
  if (job.recordsTotal === null) return plural(job.recordsDone, 'record', 'records', locale);
  return `${formatCount(job.recordsDone, locale)} of ${plural(job.recordsTotal, 'record', 'records', locale)}`;
}

/** "120 records/s"; slow rates keep one decimal so they do not read as zero. */
export function rateText(ratePerSecond: number | null, locale?: string): string | null {
  if (ratePerSecond === null) return null;
  const digits = ratePerSecond < 10 ? 1 : 0;
  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(ratePerSecond);
  return `${rate} records/s`;
}

/** "about 40 s left", "about 3 min left", "about 1 h 5 min left". */
export function etaText(etaSeconds: number | null): string | null {
  if (etaSeconds === null) return null;
  if (etaSeconds < 1) return 'less than a second left';
  if (etaSeconds < 60) return `about ${Math.ceil(etaSeconds)} s left`;
  const minutes = Math.round(etaSeconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h left` : `about ${hours} h ${rest} min left`;
}

/** What the <progress> element shows: a fraction when the total is known, else indeterminate. */
export function progressValue(job: Pick<JobProgress, 'recordsDone' | 'recordsTotal'>): { value: number; max: number } | null {
  if (job.recordsTotal === null) return null;
  if (job.recordsTotal === 0) return { value: 1, max: 1 };
  return { value: Math.min(job.recordsDone, job.recordsTotal), max: job.recordsTotal };
}

/** Records, rate and time left of a running job, as one line. */
export function runningFacts(job: JobProgress, locale?: string): string {
  return [recordsText(job, locale), rateText(job.ratePerSecond, locale), etaText(job.etaSeconds)]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

export type OutcomeTone = 'good' | 'bad' | 'neutral';

export interface JobOutcome {
  tone: OutcomeTone;
  /** What happened, as the service put it, prefixed with the failure class when there is one. */
  text: string;
  /** What to do next, for failures whose class says so. */
  advice: string | null;
}

/** The final word on a finished job; null while it runs. */
export function jobOutcome(job: JobProgress): JobOutcome | null {
  switch (job.state) {
    case 'running':
      return null;
    case 'succeeded':
      return { tone: 'good', text: job.message ?? 'Finished.', advice: null };
    case 'cancelled':
      return { tone: 'neutral', text: job.message ?? 'Cancelled.', advice: null };
    case 'failed': {
      const message = job.message ?? 'It stopped without saying why.';
      if (job.failureClass === null) return { tone: 'bad', text: `Failed: ${message}`, advice: null };
      return {
        tone: 'bad',
        text: `Failed (${issueText(job.failureClass).toLowerCase()}): ${message}`,
        advice: adviceFor(job.failureClass),
      };
    }
    default:
      return assertNever(job.state);
  }
}
