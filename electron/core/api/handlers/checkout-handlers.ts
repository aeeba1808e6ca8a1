import { ExportStore, exportsDirIn } from '../../export/export-store';
import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type CheckoutHandlers = Pick<
  Handlers,
  'checkouts.list' | 'checkouts.funnel' | 'checkouts.days' | 'checkouts.exportRecovery' | 'checkouts.settings' | 'checkouts.configure' | 'overview.metrics'
>;

/** Abandoned checkouts and the overview's daily figures, all from the local cache. */
export function checkoutHandlers(context: HandlerContext): CheckoutHandlers {
  const store = new ExportStore(exportsDirIn(context.info.dataDir));
  const checkouts = (): ReturnType<typeof requireWorkspace>['checkouts'] => requireWorkspace(context).checkouts;
  return {
    'checkouts.list': ({ filter, offset, limit }) => checkouts().list(filter, offset, limit),
    'checkouts.funnel': (range) => checkouts().funnel(range),
    'checkouts.days': (range) => checkouts().days(range),
    'checkouts.exportRecovery': ({ filter }) => checkouts().exportRecovery(filter, store),
    'checkouts.settings': () => checkouts().settings.current(),
    'checkouts.configure': (settings) => checkouts().configure(settings),
    'overview.metrics': ({ days }) => requireWorkspace(context).monitor.metrics(days),
  };
}
