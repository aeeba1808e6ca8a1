import type { ReactNode } from 'react';
import type { ReconRun } from '../../../../../shared/contract/reconcile';
import { useJob, useJobMutation, useJobs } from '../../../api/use-jobs';
import { CallError } from '../../../components/call-error';
import { formatCount } from '../../../lib/format-count';
import { JobCard } from '../../connections/jobs/job-card';
import { TimeAgo } from '../../connections/time-ago';

function LastRun({ run, now }: { run: ReconRun | null; now: number }): ReactNode {
  if (run === null) return <span>Not reconciled yet.</span>;
  return (
    <span>
      Last run <TimeAgo at={run.finishedAt} now={now} /> ({run.mode}, {formatCount(run.itemsChanged)} items changed in{' '}
      {formatCount(run.durationMs)} ms)
    </span>
  );
}

interface RunControlsProps {
  lastRun: ReconRun | null;
  /** Changes since the last run wait to be reconciled. */
  pending: boolean;
  now: number;
}

/** When reconciliation last ran, a way to run it again, and the run's progress with Cancel. */
export function RunControls({ lastRun, pending, now }: RunControlsProps): ReactNode {
  const run = useJobMutation('recon.run');
  const jobs = useJobs();
  // The run this page started, else one started elsewhere (after a sync) that is still going.
  const started = useJob(run.data?.jobId ?? null, run.data);
  const running = jobs.data?.find((job) => job.kind === 'reconcile' && job.state === 'running');
  const shown = started ?? running;
  const busy = run.isPending || shown?.state === 'running';
  return (
    <div className="recon-run">
      <p className="recon-run-facts">
        <LastRun run={lastRun} now={now} />
        {pending && <span className="recon-pending"> New data is waiting to be reconciled.</span>}
      </p>
      <div className="card-actions">
        <button type="button" className="button" disabled={busy} onClick={() => run.mutate({ full: false })}>
          Re-run
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          title="Evaluate every invoice and payment again, not only what changed"
          onClick={() => run.mutate({ full: true })}
        >
          Full re-run
        </button>
        <span role="status" className="pending">
          {run.isPending ? 'Starting reconciliation…' : ''}
        </span>
      </div>
      {run.error && <CallError error={run.error} doing="Starting reconciliation" />}
      {shown && <JobCard job={shown} now={now} announce={shown.jobId === started?.jobId} />}
    </div>
  );
}
