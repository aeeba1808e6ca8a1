import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PushedEvent } from '../../../shared/contract/events';

interface Shown {
  title: string;
  body: string;
}

const shown: Shown[] = [];
const clickHandlers: (() => void)[] = [];
let supported = true;
const focus = vi.fn();

vi.mock('electron', () => ({
  Notification: class {
    static isSupported(): boolean {
      return supported;
    }
    constructor(private readonly options: Shown) {}
    on(event: string, handler: () => void): void {
      if (event === 'click') clickHandlers.push(handler);
    }
    show(): void {
      shown.push({ title: this.options.title, body: this.options.body });
    }
  },
  BrowserWindow: { getAllWindows: () => [{ isMinimized: () => false, restore: vi.fn(), focus }] },
}));

const { bindAlertNotifications } = await import('../../../electron/main/alert-notifications');

function hostEmitting(): (event: PushedEvent) => void {
  let listener: ((event: PushedEvent) => void) | undefined;
  bindAlertNotifications({ onEvent: (added) => (listener = added) });
  return (event) => listener?.(event);
}

const alert = {
  id: 1,
  metric: 'failures:connection',
  label: 'Connection failures',
  windowStart: '2026-10-30T00:00:00.000Z',
  windowEnd: '2026-10-30T23:59:59.999Z',
  direction: 'up',
  value: 12,
  baselineMedian: 0,
  baselineMad: 0,
  score: 11,
  summary: 'Connection failures: 12 on 2026-10-30 (usually 0)',
  state: 'open',
  snoozedUntil: null,
  handledBy: null,
  handledAt: null,
  note: null,
  firstSeenAt: '2026-10-30T09:00:00.000Z',
  lastSeenAt: '2026-10-30T09:00:00.000Z',
  seenCount: 1,
} as const;

beforeEach(() => {
  shown.length = 0;
  clickHandlers.length = 0;
  supported = true;
  focus.mockReset();
});

describe('desktop notifications of alerts', () => {
  it('shows each raised alert with its label and summary, and a click brings the window forward', () => {
    const emit = hostEmitting();
    emit({ name: 'alert.raised', payload: alert });
    expect(shown).toEqual([{ title: 'Paydesk: Connection failures', body: 'Connection failures: 12 on 2026-10-30 (usually 0)' }]);
    clickHandlers[0]?.();
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('ignores every other event, and stays quiet where the OS has no notifications', () => {
    const emit = hostEmitting();
    emit({ name: 'data.changed', payload: { tables: ['alerts'] } });
    supported = false;
    emit({ name: 'alert.raised', payload: alert });
    expect(shown).toEqual([]);
  });
});
