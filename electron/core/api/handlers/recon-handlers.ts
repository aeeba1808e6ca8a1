import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type ReconHandlers = Pick<
  Handlers,
  'recon.summary' | 'recon.listItems' | 'recon.item' | 'recon.raw' | 'recon.candidates' | 'recon.decide' | 'recon.bulk' | 'recon.undo' | 'recon.run'
>;

export function reconHandlers(context: HandlerContext): ReconHandlers {
  const recon = (): ReturnType<typeof requireWorkspace>['recon'] => requireWorkspace(context).recon;
  return {
    'recon.summary': ({ filter }) => recon().summary(filter),
    'recon.listItems': ({ filter, sort, offset, limit }) => recon().list(filter, sort, offset, limit),
    'recon.item': ({ key }) => recon().item(key),
    'recon.raw': ({ entity, id }) => recon().raw(entity, id),
    'recon.candidates': (search) => recon().candidates(search),
    'recon.decide': ({ decision }) => recon().decide(decision),
    'recon.bulk': (bulk) => recon().bulk(bulk),
    'recon.undo': () => recon().undo(),
    'recon.run': ({ full }) => recon().start(full),
  };
}
