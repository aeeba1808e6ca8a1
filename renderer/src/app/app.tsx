import type { ReactNode } from 'react';
import { useCall } from '../api/use-call';
import { useDataChangedRefresh } from '../api/use-data-changed';
import { Loading } from '../components/loading';
import { DatabaseProblemScreen } from './database-problem-screen';
import { Shell } from './shell';
import { StartupErrorScreen } from './startup-error-screen';

/** Decides between the console and a full-page problem screen, from `app.info`. */
export function App(): ReactNode {
  useDataChangedRefresh();
  const info = useCall('app.info', {});
  if (info.isPending) {
    return (
      <main className="problem-screen">
        <Loading what="Paydesk" />
      </main>
    );
  }
  if (info.error) return <StartupErrorScreen error={info.error} onRetry={() => void info.refetch()} />;
  const { database } = info.data;
  if (database.state !== 'ready') return <DatabaseProblemScreen problem={database} version={info.data.version} />;
  return <Shell info={info.data} />;
}
