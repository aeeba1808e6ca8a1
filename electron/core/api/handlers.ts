import type { AppInfo } from '../../../shared/contract/app';
import { ApiError } from '../../../shared/contract/errors';
import type { Logger } from '../util/logger';
import type { ConnectorsRepo } from '../health/connectors-repo';
import type { HealthMonitor } from '../health/health-monitor';
import type { Handlers } from './dispatch';
import type { SandboxControl } from './sandbox-control';

export interface HandlerContext {
  info: AppInfo;
  /** Null when the database could not be opened; app.info still answers. */
  workspace: { connectors: ConnectorsRepo; health: HealthMonitor } | null;
  sandbox: SandboxControl | null;
  /** Which connector each sandbox server backs, to re-check it when its faults change. */
  sandboxConnectorIds: Readonly<Record<'gateway' | 'billing', string | undefined>>;
  logger: Logger;
}

/** Every call of the contract, written once against core. */
export function createHandlers(context: HandlerContext): Handlers {
  const workspace = (): NonNullable<HandlerContext['workspace']> => {
    if (!context.workspace) {
      throw new ApiError('unavailable', 'The local database could not be opened. See the start screen for what to do.');
    }
    return context.workspace;
  };
  const sandbox = (): SandboxControl => {
    if (!context.sandbox) throw new ApiError('not_found', 'This console is not running the built-in sandbox.');
    return context.sandbox;
  };

  return {
    'app.info': () => context.info,
    'connectors.list': () => workspace().connectors.list(),
    'connectors.check': async ({ connectorId }) => {
      const { connectors, health } = workspace();
      if (!connectors.find(connectorId)) throw new ApiError('not_found', `There is no connector "${connectorId}".`);
      await health.check(connectorId);
      const summary = connectors.find(connectorId);
      if (!summary) throw new ApiError('not_found', `There is no connector "${connectorId}".`);
      return summary;
    },
    'sandbox.status': () =>
      context.sandbox?.status() ?? { running: false, seed: null, servers: [] },
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
