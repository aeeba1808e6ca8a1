import { periodBridge } from '../../reconcile/month-end/period-bridge';
import { closePeriod } from '../../reconcile/month-end/close-period';
import { listPeriods } from '../../reconcile/month-end/period-list';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type MonthEndHandlers = Pick<Handlers, 'recon.periods' | 'recon.bridge' | 'recon.closePeriod'>;

export interface MonthEndOptions {
  now?: () => Date;
}

export function monthEndHandlers(context: HandlerContext, options: MonthEndOptions = {}): MonthEndHandlers {
  const now = options.now ?? (() => new Date());
  return {
    'recon.periods': () => listPeriods(requireWorkspace(context).db),
    'recon.bridge': ({ period }) => periodBridge(requireWorkspace(context).db, period),
    'recon.closePeriod': ({ period, residualNotes }) => {
      const workspace = requireWorkspace(context);
      const bridge = closePeriod(workspace.db, { period, residualNotes, actor: workspace.operator.actor(), now: now() });
      workspace.announce(['exceptions', 'recon_periods', 'audit_log']);
      return bridge;
    },
  };
}
