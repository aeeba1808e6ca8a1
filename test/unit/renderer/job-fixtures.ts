import type { JobProgress } from '../../../shared/contract/jobs';

/** A running sync with nothing done yet; tests override what they look at. */
export function job(overrides: Partial<JobProgress> = {}): JobProgress {
  return {
    jobId: 'job_aaaaaaaa',
    kind: 'sync',
    title: 'Sync all connections',
    state: 'running',
    phase: 'Payment intents',
    recordsDone: 0,
    recordsTotal: null,
    pagesDone: 0,
    ratePerSecond: null,
    etaSeconds: null,
    startedAt: '2025-03-01T12:00:00Z',
    finishedAt: null,
    message: null,
    failureClass: null,
    ...overrides,
  };
}
