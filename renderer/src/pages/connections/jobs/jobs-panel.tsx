import type { ReactNode } from 'react';
import { useJobs } from '../../../api/use-jobs';
import { CallError } from '../../../components/call-error';
import { Loading } from '../../../components/loading';
import { JobCard } from './job-card';

/** Syncs and imports, running ones first; progress arrives by event, never by polling. */
export function JobsPanel({ now }: { now: number }): ReactNode {
  const jobs = useJobs();
  return (
    <section aria-labelledby="jobs-heading" className="panel">
      <h2 id="jobs-heading">Running and recent</h2>
      {jobs.isPending && <Loading what="syncs and imports" />}
      {jobs.error && <CallError error={jobs.error} doing="Loading syncs and imports" onRetry={() => void jobs.refetch()} />}
      {jobs.data?.length === 0 && <p className="lead">No syncs or imports yet. Sync now, or import a file below.</p>}
      {jobs.data && jobs.data.length > 0 && (
        <div className="job-list">
          {jobs.data.map((job) => (
            <JobCard key={job.jobId} job={job} now={now} />
          ))}
        </div>
      )}
    </section>
  );
}
