import { periodBridge } from '../../reconcile/month-end/period-bridge';
import { closePeriod } from '../../reconcile/month-end/close-period';
import { listPeriods } from '../../reconcile/month-end/period-list';
import { osActor } from '../../reconcile/month-end/os-actor';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type MonthEndHandlers = Pick<Handlers, 'recon.periods' | 'recon.bridge' | 'recon.closePeriod'>;

export interface MonthEndOptions {
  /** Who closes a period; the OS user by default. */
  actor?: () => string;
  now?: () => Date;
}

export function monthEndHandlers(context: HandlerContext, options: MonthEndOptions = {}): MonthEndHandlers {
  const actor = options.actor ?? osActor;
  const now = options.now ?? (() => new Date());
  return {
    'recon.periods': () => listPeriods(requireWorkspace(context).db),
    'recon.bridge': ({ period }) => periodBridge(requireWorkspace(context).db, period),
    'recon.closePeriod': ({ period, residualNotes }) => {
      const workspace = requireWorkspace(context);
      const bridge = closePeriod(workspace.db, { period, residualNotes, actor: actor(), now: now() });
      workspace.recon.announce(['exceptions', 'recon_periods']);
      return bridge;
    },
  };
}
