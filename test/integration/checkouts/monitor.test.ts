import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertRow } from '../../../shared/contract/alerts';
import { AlertsService } from '../../../electron/core/alerts/alerts-service';
import { CheckoutService } from '../../../electron/core/checkouts/checkout-service';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { Monitor } from '../../../electron/core/metrics/monitor';
import { GATEWAY_ID } from '../sync/sync-fixture';
import { useSyncedSandbox } from '../outbox/synced-sandbox';

const synced = useSyncedSandbox(7);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function monitored(): { db: Database; monitor: Monitor; notified: AlertRow[] } {
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-monitor-'));
  dirs.push(dir);
  const db = synced.copy(dir);
  const now = (): Date => new Date(synced.sandbox().dataset.anchor);
  const notified: AlertRow[] = [];
  const checkouts = new CheckoutService({ db, actor: () => 'tester', now, announce: () => undefined });
  const alerts = new AlertsService({ db, actor: () => 'tester', clock: now, announce: () => undefined, onRaised: (alert) => notified.push(alert) });
  return { db, monitor: new Monitor({ db, checkouts, alerts, announce: () => undefined }), notified };
}

describe('the monitor after a sync', () => {
  it('draws the daily figures from the cache, every day present and every count matching its table', () => {
    const { db, monitor } = monitored();
    try {
      monitor.refresh();
      const metrics = monitor.metrics(30);
      expect(metrics.days).toHaveLength(30);
      expect(metrics.asOf?.slice(0, 10)).toBe(metrics.days.at(-1)?.day);
      const from = `${metrics.days[0]?.day}T00:00:00`;
      const succeeded = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM payments WHERE status = 'succeeded' AND created_at >= ${from}`)?.n;
      expect(metrics.days.reduce((sum, day) => sum + day.payments.succeeded, 0)).toBe(succeeded);
      expect(metrics.days.every((day) => day.payments.attempted >= day.payments.succeeded)).toBe(true);
      const sessions = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM checkout_stages WHERE started_at >= ${from} AND open = 0`)?.n;
      expect(metrics.days.reduce((sum, day) => sum + day.checkouts.started, 0)).toBe(sessions);
    } finally {
      db.close();
    }
  });

  it('raises an alert for a burst of connection failures on the latest day, once, and records the repeat', () => {
    const { db, monitor, notified } = monitored();
    try {
      monitor.refresh();
      const before = notified.length;
      const latest = monitor.metrics(7).asOf;
      if (latest === null) throw new Error('the cache is empty');
      for (let index = 0; index < 40; index += 1) {
        db.run(sql`INSERT INTO transmission_failures (connector_id, failure_class, endpoint, http_status, message, occurred_at)
          VALUES (${GATEWAY_ID}, 'connection', '/v1/charges', NULL, 'connect ECONNREFUSED', ${latest})`);
      }
      const run = monitor.refresh();
      expect(run.raised).toBe(1);
      expect(notified.slice(before).map((alert) => [alert.metric, alert.value])).toEqual([['failures:connection', 40]]);
      expect(notified.at(-1)?.summary).toContain('40');

      db.run(sql`INSERT INTO transmission_failures (connector_id, failure_class, endpoint, http_status, message, occurred_at)
        VALUES (${GATEWAY_ID}, 'connection', '/v1/charges', NULL, 'connect ECONNREFUSED', ${latest})`);
      expect(monitor.refresh()).toMatchObject({ raised: 0, repeated: expect.any(Number) });
      expect(notified.length).toBe(before + 1);
      expect(db.get(sql`SELECT value, seen_count FROM alerts WHERE metric = 'failures:connection'`)).toEqual({ value: 41, seen_count: 2 });
    } finally {
      db.close();
    }
  });
});
