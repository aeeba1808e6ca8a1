import { describe, expect, it } from 'vitest';
import type { AlertRow } from '../../../shared/contract/alerts';
import { browserNotifications, notifyInBrowser, type NotificationApi } from '../../../renderer/src/lib/browser-notifications';

const alert: AlertRow = {
  id: 7,
  metric: 'payment_success_rate',
  label: 'Payment success rate',
  windowStart: '2026-10-30T00:00:00.000Z',
  windowEnd: '2026-10-30T23:59:59.999Z',
  direction: 'down',
  value: 0.71,
  baselineMedian: 0.94,
  baselineMad: 0.01,
  score: -9.2,
  summary: 'Payment success rate fell to 71.0% on 2026-10-30 (usual 94.0%, 312 attempts)',
  state: 'open',
  snoozedUntil: null,
  handledBy: null,
  handledAt: null,
  note: null,
  firstSeenAt: '2026-10-30T12:00:00.000Z',
  lastSeenAt: '2026-10-30T12:00:00.000Z',
  seenCount: 1,
};

function fakeApi(permission: NotificationPermission): { api: NotificationApi; shown: { title: string; options: NotificationOptions }[] } {
  const shown: { title: string; options: NotificationOptions }[] = [];
  const api = class {
    static permission = permission;
    static requestPermission(): Promise<NotificationPermission> {
      return Promise.resolve('granted');
    }
    onclick = null;
    constructor(title: string, options: NotificationOptions) {
      shown.push({ title, options });
    }
  };
  return { api: api as unknown as NotificationApi, shown };
}

describe('alerts as browser notifications in the browser console', () => {
  it('shows a raised alert once the person allowed notifications, tagged so it shows once', () => {
    const { api, shown } = fakeApi('granted');
    notifyInBrowser(alert, api);
    expect(shown).toEqual([{ title: 'Paydesk: Payment success rate', options: { body: alert.summary, tag: 'paydesk-alert-7' } }]);
  });

  it('shows nothing before the person allowed it, or where notifications are blocked', () => {
    for (const permission of ['default', 'denied'] as const) {
      const { api, shown } = fakeApi(permission);
      notifyInBrowser(alert, api);
      expect(shown).toEqual([]);
    }
    expect(() => notifyInBrowser(alert, null)).not.toThrow();
  });

  it('leaves the desktop app to its main process, and a browser without notifications alone', () => {
    const { api } = fakeApi('granted');
    const bridge = { calls: {}, onEvent: () => undefined, saveExport: () => undefined };
    expect(browserNotifications({ paydesk: bridge, Notification: api } as unknown as Window)).toBeNull();
    expect(browserNotifications({} as unknown as Window)).toBeNull();
    expect(browserNotifications({ Notification: api } as unknown as Window)).toBe(api);
  });
});
