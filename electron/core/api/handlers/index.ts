import type { Handlers } from '../dispatch';
import { alertHandlers } from './alert-handlers';
import { auditHandlers } from './audit-handlers';
import { checkoutHandlers } from './checkout-handlers';
import { connectorHandlers } from './connector-handlers';
import { connectorSetupHandlers } from './connector-setup-handlers';
import { exportHandlers } from './export-handlers';
import type { HandlerContext } from './handler-context';
import { jobHandlers } from './job-handlers';
import { monthEndHandlers } from './month-end-handlers';
import { outboxHandlers } from './outbox-handlers';
import { reconHandlers } from './recon-handlers';
import { sandboxHandlers } from './sandbox-handlers';

/** Every call of the contract, written once against core. */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app.info': () => context.info,
    ...connectorHandlers(context),
    ...connectorSetupHandlers(context),
    ...jobHandlers(context),
    ...sandboxHandlers(context),
    ...reconHandlers(context),
    ...monthEndHandlers(context),
    ...exportHandlers(context),
    ...outboxHandlers(context),
    ...auditHandlers(context),
    ...checkoutHandlers(context),
    ...alertHandlers(context),
  };
}

export type { HandlerContext, WorkspaceServices } from './handler-context';
