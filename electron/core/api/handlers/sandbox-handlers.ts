import { ApiError } from '../../../../shared/contract/errors';
import { appendAudit } from '../../audit/audit-log';
import type { Handlers } from '../dispatch';
import type { SandboxControl } from '../sandbox-control';
import type { HandlerContext } from './handler-context';

type SandboxHandlers = Pick<Handlers, 'sandbox.status' | 'sandbox.setFaults'>;

export function sandboxHandlers(context: HandlerContext): SandboxHandlers {
  const sandbox = (): SandboxControl => {
    if (!context.sandbox) throw new ApiError('not_found', 'This console is not running the built-in sandbox.');
    return context.sandbox;
  };
  return {
    'sandbox.status': () => context.sandbox?.status() ?? { running: false, seed: null, servers: [] },
    'sandbox.setFaults': async ({ server, faults }) => {
      const before = sandbox().status().servers.find((candidate) => candidate.server === server)?.faults ?? null;
      const status = await sandbox().setFaults(server, faults);
      const workspace = context.workspace;
      if (workspace) {
        appendAudit(workspace.db, { at: new Date(), actor: workspace.operator.actor(), action: 'sandbox.faults', entityType: 'sandbox_server', entityId: server, before, after: status.faults });
        workspace.announce(['audit_log']);
      }
      const connectorId = context.sandboxConnectorIds[server];
      // The user just changed what the partner does: show its effect now, not at the next sweep.
      if (connectorId && context.workspace) {
        context.workspace.health
          .check(connectorId)
          .catch((error: unknown) => context.logger.error(`Health check of ${connectorId} failed`, error));
      }
      return status;
    },
  };
}
