import type { ReactNode } from 'react';
import type { DatabaseState } from '../../../shared/contract/app';
import { assertNever } from '../lib/assert-never';

type Problem = Exclude<DatabaseState, { state: 'ready' }>;

function CorruptDatabase({ problem }: { problem: Extract<Problem, { state: 'corrupt' }> }): ReactNode {
  return (
    <>
      <h1>Paydesk cannot read its database</h1>
      <p>
        The database file is damaged, so Paydesk stopped before changing anything in it. Nothing has been sent to your
        payment gateway or billing system; the records there are not affected.
      </p>
      <h2>The file</h2>
      <p className="mono path">{problem.path}</p>
      <h2>What to do</h2>
      <ol>
        <li>Quit Paydesk.</li>
        <li>
          Restore this file from the backup: Paydesk keeps a copy in the same folder before each upgrade, and your
          IT team&apos;s backups will have one too. Put the copy in place of the damaged file, under the same name.
        </li>
        <li>Start Paydesk again. It syncs with your partners to catch up on anything since the backup.</li>
      </ol>
      <p>If there is no backup, contact your IT team before deleting the file: it holds your audit trail.</p>
      <details>
        <summary>Technical details</summary>
        <p className="mono">{problem.message}</p>
      </details>
    </>
  );
}

function NewerDatabase({ problem, version }: { problem: Extract<Problem, { state: 'newer_version' }>; version: string }): ReactNode {
  return (
    <>
      <h1>This database is from a newer Paydesk</h1>
      <p>
        A newer version of Paydesk has used this database (format {problem.fileVersion}). This copy of Paydesk (version{' '}
        {version}) understands formats up to {problem.supportedVersion}, so it will not open the file, to avoid damaging
        it. Nothing has been changed.
      </p>
      <h2>The file</h2>
      <p className="mono path">{problem.path}</p>
      <h2>What to do</h2>
      <ol>
        <li>Quit Paydesk.</li>
        <li>Install the newer Paydesk (the version used on this computer before, or a later one).</li>
        <li>Start it again: your data is still there.</li>
      </ol>
    </>
  );
}

/** A full-page explanation when the database cannot be used, instead of a broken console. */
export function DatabaseProblemScreen({ problem, version }: { problem: Problem; version: string }): ReactNode {
  const body = ((): ReactNode => {
    switch (problem.state) {
      case 'corrupt':
        return <CorruptDatabase problem={problem} />;
      case 'newer_version':
        return <NewerDatabase problem={problem} version={version} />;
      default:
        return assertNever(problem);
    }
  })();
  return (
    <main className="problem-screen">
      <div className="problem-card">{body}</div>
    </main>
  );
}
