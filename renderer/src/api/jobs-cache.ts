import type { QueryClient } from '@tanstack/react-query';
import type { JobProgress } from '../../../shared/contract/jobs';
import { queryKeyOf } from '../../../shared/contract/query-keys';

/** The cache entry of `jobs.list`, the one place the UI keeps job progress. */
export const JOBS_KEY = queryKeyOf('jobs.list', {});

/** As many as `jobs.list` itself returns, so events do not grow the list without bound. */
const KEEP = 20;

/**
 * Whether `incoming` says more than `known` about the same job. Events, the reply of the call
 * that started a job and a refetched list can arrive out of order; progress never goes back.
 */
export function isNewer(incoming: JobProgress, known: JobProgress): boolean {
  if (known.state !== 'running') return false;
  if (incoming.state !== 'running') return true;
  if (incoming.recordsDone !== known.recordsDone) return incoming.recordsDone > known.recordsDone;
  return incoming.pagesDone >= known.pagesDone;
}

/** Running jobs first, then finished ones; newest first within each. */
export function orderJobs(jobs: readonly JobProgress[]): JobProgress[] {
  const rank = (job: JobProgress): number => (job.state === 'running' ? 0 : 1);
  return [...jobs].sort((a, b) => rank(a) - rank(b) || b.startedAt.localeCompare(a.startedAt));
}

/** The list with one job's latest progress folded in. */
export function mergeJob(jobs: readonly JobProgress[], incoming: JobProgress): JobProgress[] {
  const index = jobs.findIndex((job) => job.jobId === incoming.jobId);
  if (index === -1) return orderJobs([incoming, ...jobs]).slice(0, KEEP);
  const known = jobs[index];
  if (known && !isNewer(incoming, known)) return [...jobs];
  const next = [...jobs];
  next[index] = incoming;
  return orderJobs(next);
}

/**
 * Folds a job's progress into the cached list. Nothing is cached before the list was first
 * loaded: that load will include the job.
 */
export function recordJobProgress(queryClient: QueryClient, progress: JobProgress): void {
  queryClient.setQueryData<JobProgress[]>(JOBS_KEY, (jobs) => (jobs ? mergeJob(jobs, progress) : jobs));
}
