import { BrowserWindow, Notification } from 'electron';
import type { PushedEvent } from '../../shared/contract/events';
import type { BackendHost } from './backend-host';

/**
 * A new anomaly alert as a desktop notification: the backend raises each piece of evidence once,
 * so this shows what it is told. A click brings the window forward, on the overview.
 */
export function bindAlertNotifications(host: Pick<BackendHost, 'onEvent'>): void {
  host.onEvent((event: PushedEvent) => {
    if (event.name !== 'alert.raised' || !Notification.isSupported()) return;
    const alert = event.payload as PushedEvent<'alert.raised'>['payload'];
    const notification = new Notification({ title: `Paydesk: ${alert.label}`, body: alert.summary, silent: false });
    notification.on('click', () => {
      const [window] = BrowserWindow.getAllWindows();
      if (!window) return;
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    notification.show();
  });
}
