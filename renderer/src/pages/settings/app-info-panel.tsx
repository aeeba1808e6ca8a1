import type { ReactNode } from 'react';
import type { DatabaseState } from '../../../../shared/contract/app';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { assertNever } from '../../lib/assert-never';

function schemaVersionText(database: DatabaseState): string {
  switch (database.state) {
    case 'ready':
      return String(database.schemaVersion);
    case 'corrupt':
      return 'Unreadable (the file is damaged)';
    case 'newer_version':
      return `${database.fileVersion} (this version supports up to ${database.supportedVersion})`;
    default:
      return assertNever(database);
  }
}

export function AppInfoPanel(): ReactNode {
  const info = useCall('app.info', {});
  return (
    <section aria-labelledby="about-heading" className="panel">
      <h2 id="about-heading">About this installation</h2>
      {info.isPending && <Loading what="installation details" />}
      {info.error && <CallError error={info.error} doing="Loading installation details" onRetry={() => void info.refetch()} />}
      {info.data && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.data.version}</dd>
          <dt>Data folder</dt>
          <dd className="mono">{info.data.dataDir}</dd>
          <dt>Database file</dt>
          <dd className="mono">{info.data.databasePath}</dd>
          <dt>Schema version</dt>
          <dd>{schemaVersionText(info.data.database)}</dd>
          {info.data.database.state === 'ready' && (
            <>
              <dt>Last backup</dt>
              {info.data.database.backupPath === null ? (
                <dd>None yet</dd>
              ) : (
                <dd className="mono">{info.data.database.backupPath}</dd>
              )}
            </>
          )}
        </dl>
      )}
    </section>
  );
}
