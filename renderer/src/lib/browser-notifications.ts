import type { AlertRow } from '../../../shared/contract/alerts';
import { isPaydeskBridge } from '../api/bridge-transport';

/** The browser's notifications, the part Paydesk uses. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options: NotificationOptions): { onclick: ((this: Notification, event: Event) => unknown) | null };
}

/**
 * Where the browser console can show desktop notifications: null in the desktop app (its main
 * process shows them, and the window is granted no permission) and in a browser without them.
 */
export function browserNotifications(scope: Window = window): NotificationApi | null {
  if (isPaydeskBridge(Reflect.get(scope, 'paydesk'))) return null;
  const api: unknown = Reflect.get(scope, 'Notification');
  return typeof api === 'function' ? (api as unknown as NotificationApi) : null;
}

/** A raised alert as a desktop notification, once the person allowed them; one per alert (the tag). */
export function notifyInBrowser(alert: AlertRow, api: NotificationApi | null = browserNotifications()): void {
  if (!api || api.permission !== 'granted') return;
  const notice = new api(`Paydesk: ${alert.label}`, { body: alert.summary, tag: `paydesk-alert-${alert.id}` });
  notice.onclick = () => window.focus();
}
