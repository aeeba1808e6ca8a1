import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import { CallError } from '../components/call-error';

/** Paydesk could not even say how it is: the service is unreachable or failed on start. */
export function StartupErrorScreen({ error, onRetry }: { error: ApiError; onRetry: () => void }): ReactNode {
  return (
    <main className="problem-screen">
      <div className="problem-card">
        <h1>Paydesk could not start</h1>
        <CallError error={error} doing="Opening Paydesk" onRetry={onRetry} />
        <p>
          If Paydesk runs in your browser, check that the Paydesk service is still running on this computer, then try
          again.
        </p>
      </div>
    </main>
  );
}
