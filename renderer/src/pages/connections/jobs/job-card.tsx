import { useId, type ReactNode } from 'react';
import type { JobProgress } from '../../../../../shared/contract/jobs';
import { useJobMutation } from '../../../api/use-jobs';
import { CallError } from '../../../components/call-error';
import { TimeAgo } from '../time-ago';
import { jobOutcome, jobStateText, progressValue, runningFacts } from './job-text';

interface JobCardProps {
  job: JobProgress;
  now: number;
  /**
   * Whether the outcome is announced when it arrives: yes where the person is waiting for this
   * job (the import flow), no in the list of recent runs, which would otherwise read them all out.
   */
  announce?: boolean;
}

function JobProgressBar({ job }: { job: JobProgress }): ReactNode {
  const value = progressValue(job);
  const label = `Progress of ${job.title}`;
  // Without a value <progress> is indeterminate: the honest display while the total is unknown.
  if (value === null) return <progress className="job-progress" aria-label={label} />;
  return <progress className="job-progress" aria-label={label} value={value.value} max={value.max} />;
}

function JobOutcomeText({ job, announce }: { job: JobProgress; announce: boolean }): ReactNode {
  const outcome = jobOutcome(job);
  if (outcome === null) return null;
  const role = announce ? (outcome.tone === 'bad' ? 'alert' : 'status') : undefined;
  return (
    <div role={role} className={`job-outcome job-outcome-${outcome.tone}`}>
      <p>{outcome.text}</p>
      {outcome.advice !== null && (
        <p className="advice">
          <span className="advice-label">What to do: </span>
          {outcome.advice}
        </p>
      )}
    </div>
  );
}

/** One sync or import: live progress with Cancel while it runs, the outcome once it is over. */
export function JobCard({ job, now, announce = false }: JobCardProps): ReactNode {
  const titleId = useId();
  const cancel = useJobMutation('jobs.cancel');
  const running = job.state === 'running';
  // The service answers a cancel at once and stops the work a moment later; until the event
  // that says so arrives, the job still reads as running, so keep saying it is being cancelled.
  const cancelling = cancel.isPending || cancel.isSuccess;
  return (
    <article aria-labelledby={titleId} className={`job job-${job.state}`}>
      <header className="job-header">
        <h3 id={titleId}>{job.title}</h3>
        <span className={`badge job-badge-${job.state}`}>{jobStateText(job.state)}</span>
      </header>
      {running ? (
        <>
          <p className="job-phase">{job.phase}</p>
          <JobProgressBar job={job} />
          <p className="job-facts">{runningFacts(job)}</p>
          <div className="card-actions">
            <button
              type="button"
              className="button"
              disabled={cancelling}
              onClick={() => cancel.mutate({ jobId: job.jobId })}
            >
              Cancel
            </button>
            {cancelling && (
              <span role="status" className="pending">
                Cancelling…
              </span>
            )}
          </div>
        </>
      ) : (
        <p className="job-facts">
          {runningFacts({ ...job, ratePerSecond: null, etaSeconds: null })}
          {job.finishedAt !== null && (
            <>
              {' · finished '}
              <TimeAgo at={job.finishedAt} now={now} />
            </>
          )}
        </p>
      )}
      <JobOutcomeText job={job} announce={announce} />
      {cancel.error && <CallError error={cancel.error} doing={`Cancelling ${job.title}`} />}
    </article>
  );
}
