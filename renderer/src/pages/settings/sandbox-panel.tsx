import type { ReactNode } from 'react';
import { useCall } from '../../api/use-call';
import { CallError } from '../../components/call-error';
import { Loading } from '../../components/loading';
import { SandboxServerControls } from './sandbox-server-controls';

export function SandboxPanel(): ReactNode {
  const status = useCall('sandbox.status', {});
  if (status.isPending) return <Loading what="the sandbox status" />;
  if (status.error) {
    return <CallError error={status.error} doing="Loading the sandbox status" onRetry={() => void status.refetch()} />;
  }
  if (!status.data.running) {
    return (
      <section aria-labelledby="live-heading" className="panel">
        <h2 id="live-heading">Live services</h2>
        <p>The console is connected to live services. No simulated gateway or billing server is running.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="sandbox-heading" className="panel">
      <h2 id="sandbox-heading">Sandbox</h2>
      <p>
        Simulated gateway and billing servers run on this computer
        {status.data.seed === null ? '' : ` (seed ${status.data.seed})`}. Faults switched on here apply at once, so
        you can see how Paydesk reacts to each kind of failure.
      </p>
      <div className="server-grid">
        {status.data.servers.map((server) => (
          <SandboxServerControls key={server.server} status={server} />
        ))}
      </div>
    </section>
  );
}
