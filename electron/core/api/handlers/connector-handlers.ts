import { ApiError } from '../../../../shared/contract/errors';
import { diagnoseConnector } from '../../connectors/doctor/diagnose-connector';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireConnector, requireWorkspace } from './handler-context';

type ConnectorHandlers = Pick<Handlers, 'connectors.list' | 'connectors.check' | 'connectors.diagnose' | 'connectors.failureCounts'>;

export function connectorHandlers(context: HandlerContext): ConnectorHandlers {
  return {
    'connectors.list': () => {
      const workspace = requireWorkspace(context);
      return workspace.connectors.list(workspace.directory.list().map((connector) => connector.id));
    },
    'connectors.check': async ({ connectorId }) => {
      const workspace = requireWorkspace(context);
      requireConnector(workspace, connectorId);
      await workspace.health.check(connectorId);
      const summary = workspace.connectors.find(connectorId);
      if (!summary) throw new ApiError('not_found', `There is no connector "${connectorId}".`);
      return summary;
    },
    'connectors.diagnose': ({ connectorId }) => diagnoseConnector(requireConnector(requireWorkspace(context), connectorId)),
    'connectors.failureCounts': ({ connectorId, days }) => {
      const workspace = requireWorkspace(context);
      requireConnector(workspace, connectorId);
      return workspace.connectors.failureCounts(connectorId, days);
    },
  };
}
