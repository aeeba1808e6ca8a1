import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract/jobs';
import { isNewer, JOBS_KEY, mergeJob, orderJobs, recordJobProgress } from '../../../renderer/src/api/jobs-cache';
import { job } from './job-fixtures';

const ids = (jobs: readonly JobProgress[]): string[] => jobs.map((entry) => entry.jobId);

describe('merging job progress', () => {
  it('adds a new job and keeps running jobs first, newest first', () => {
    const done = job({ jobId: 'job_done0001', state: 'succeeded', startedAt: '2025-03-01T13:00:00Z' });
    const old = job({ jobId: 'job_run00001', startedAt: '2025-03-01T11:00:00Z' });
    const merged = mergeJob([done, old], job({ jobId: 'job_run00002', startedAt: '2025-03-01T12:00:00Z' }));
    expect(ids(merged)).toEqual(['job_run00002', 'job_run00001', 'job_done0001']);
  });

  it('replaces a job with newer progress and moves a finished one below the running', () => {
    const a = job({ jobId: 'job_aaaaaaaa', startedAt: '2025-03-01T12:00:00Z' });
    const b = job({ jobId: 'job_bbbbbbbb', startedAt: '2025-03-01T11:00:00Z' });
    const moved = mergeJob([a, b], job({ jobId: 'job_aaaaaaaa', recordsDone: 40 }));
    expect(moved[0]?.recordsDone).toBe(40);
    const finished = mergeJob(moved, job({ jobId: 'job_aaaaaaaa', state: 'succeeded', recordsDone: 50 }));
    expect(ids(finished)).toEqual(['job_bbbbbbbb', 'job_aaaaaaaa']);
  });

  it('never lets late or stale news move progress back', () => {
    const running = job({ recordsDone: 40, pagesDone: 2 });
    const finished = job({ state: 'cancelled', recordsDone: 40 });
    expect(isNewer(job({ recordsDone: 10 }), running)).toBe(false);
    expect(isNewer(job({ recordsDone: 41 }), running)).toBe(true);
    expect(isNewer(job({ recordsDone: 40, pagesDone: 2, phase: 'Saving' }), running)).toBe(true);
    expect(isNewer(job({ recordsDone: 40, pagesDone: 1 }), running)).toBe(false);
    expect(isNewer(finished, running)).toBe(true);
    expect(isNewer(job({ recordsDone: 99 }), finished)).toBe(false);
    expect(mergeJob([finished], running)[0]?.state).toBe('cancelled');
  });

  it('orders finished jobs newest first', () => {
    const older = job({ jobId: 'job_older001', state: 'failed', startedAt: '2025-03-01T10:00:00Z' });
    const newer = job({ jobId: 'job_newer001', state: 'succeeded', startedAt: '2025-03-01T12:00:00Z' });
    expect(ids(orderJobs([older, newer]))).toEqual(['job_newer001', 'job_older001']);
  });

  it('keeps the list as long as jobs.list keeps it', () => {
    const many = Array.from({ length: 20 }, (_, index) =>
      job({ jobId: `job_old${String(index).padStart(5, '0')}`, state: 'succeeded', startedAt: `2025-03-01T10:${String(index).padStart(2, '0')}:00Z` }),
    );
    const merged = mergeJob(many, job({ jobId: 'job_newest01', startedAt: '2025-03-02T00:00:00Z' }));
    expect(merged).toHaveLength(20);
    expect(merged[0]?.jobId).toBe('job_newest01');
  });
});

describe('the jobs cache', () => {
  it('updates the cached jobs.list, and leaves an unloaded list to its first load', () => {
    const queryClient = new QueryClient();
    recordJobProgress(queryClient, job());
    expect(queryClient.getQueryData(JOBS_KEY)).toBeUndefined();
    queryClient.setQueryData<JobProgress[]>(JOBS_KEY, []);
    recordJobProgress(queryClient, job({ recordsDone: 3 }));
    expect(queryClient.getQueryData<JobProgress[]>(JOBS_KEY)?.[0]?.recordsDone).toBe(3);
  });
});
