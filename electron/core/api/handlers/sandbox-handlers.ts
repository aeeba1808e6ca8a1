import { ApiError } from '../../../../shared/contract/errors';
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
      const status = await sandbox().setFaults(server, faults);
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
