import { useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { CallInput } from '../../../shared/contract/calls';
import type { ApiError } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';
import { recordJobProgress } from './jobs-cache';
import { useCall, useCallMutation } from './use-call';

/** Running jobs first, then recent ones; kept moving by `job.progress` events. */
export function useJobs(): UseQueryResult<JobProgress[], ApiError> {
  return useCall('jobs.list', {});
}

/** The latest known progress of one job: the live list, or what starting it answered. */
export function useJob(jobId: string | null, started: JobProgress | undefined): JobProgress | undefined {
  const jobs = useJobs();
  if (jobId === null) return undefined;
  return jobs.data?.find((job) => job.jobId === jobId) ?? (started?.jobId === jobId ? started : undefined);
}

type JobCall = 'sync.start' | 'import.start' | 'recon.run' | 'jobs.cancel';

/** Starts or cancels a job; the answer goes straight into the jobs list so it shows at once. */
export function useJobMutation<N extends JobCall>(name: N): UseMutationResult<JobProgress, ApiError, CallInput<N>> {
  const queryClient = useQueryClient();
  return useCallMutation(name, { onSuccess: (progress) => recordJobProgress(queryClient, progress) });
}
