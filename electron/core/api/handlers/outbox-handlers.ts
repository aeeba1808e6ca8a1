import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type OutboxHandlers = Pick<Handlers, 'outbox.summary' | 'outbox.list' | 'outbox.detail' | 'outbox.forItem' | 'outbox.act' | 'outbox.postItem'>;

export function outboxHandlers(context: HandlerContext): OutboxHandlers {
  const outbox = (): ReturnType<typeof requireWorkspace>['outbox'] => requireWorkspace(context).outbox;
  return {
    'outbox.summary': () => outbox().summary(),
    'outbox.list': ({ filter, offset, limit }) => outbox().list(filter, offset, limit),
    'outbox.detail': ({ id }) => outbox().detail(id),
    'outbox.forItem': ({ key }) => outbox().forItem(key),
    'outbox.act': (request) => outbox().act(request),
    'outbox.postItem': (request) => ({ queued: outbox().postItem(request) }),
  };
}
