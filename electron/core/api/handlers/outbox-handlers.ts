import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

type OutboxHandlers = Pick<
  Handlers,
  'outbox.summary' | 'outbox.list' | 'outbox.detail' | 'outbox.forItem' | 'outbox.act' | 'outbox.postItem' | 'outbox.resendEvents' | 'webhook.get' | 'webhook.configure' | 'webhook.remove'
>;

export function outboxHandlers(context: HandlerContext): OutboxHandlers {
  const outbox = (): ReturnType<typeof requireWorkspace>['outbox'] => requireWorkspace(context).outbox;
  return {
    'outbox.summary': () => outbox().summary(),
    'outbox.list': ({ filter, offset, limit }) => outbox().list(filter, offset, limit),
    'outbox.detail': ({ id }) => outbox().detail(id),
    'outbox.forItem': ({ key }) => outbox().forItem(key),
    'outbox.act': (request) => outbox().act(request),
    'outbox.postItem': (request) => ({ queued: outbox().postItem(request) }),
    'outbox.resendEvents': (request) => ({ queued: outbox().resendEvents(request) }),
    'webhook.get': () => requireWorkspace(context).webhooks.view(),
    'webhook.configure': async ({ url, signingSecret }) => {
      const workspace = requireWorkspace(context);
      const endpoint = await workspace.webhooks.configure(url, signingSecret);
      workspace.announce(['settings', 'audit_log']);
      // Rows that waited for an endpoint (or its secret, after a restart) can go now.
      workspace.outbox.wake();
      return endpoint;
    },
    'webhook.remove': async () => {
      const workspace = requireWorkspace(context);
      const removed = await workspace.webhooks.remove();
      workspace.announce(['settings', 'audit_log']);
      return { removed };
    },
  };
}
