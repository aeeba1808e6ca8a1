import type { Handlers } from '../dispatch';
import { type HandlerContext, requireWorkspace } from './handler-context';

export function alertHandlers(context: HandlerContext): Pick<Handlers, 'alerts.list' | 'alerts.acknowledge' | 'alerts.snooze'> {
  const alerts = (): ReturnType<typeof requireWorkspace>['alerts'] => requireWorkspace(context).alerts;
  return {
    'alerts.list': ({ filter }) => alerts().list(filter),
    'alerts.acknowledge': (input) => alerts().acknowledge(input),
    'alerts.snooze': (input) => alerts().snooze(input),
  };
}
