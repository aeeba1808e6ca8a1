import { describe, expect, it } from 'vitest';
import { AlertRow } from '../../../shared/contract/alerts';
import { ApiError } from '../../../shared/contract/errors';
import type { TableName } from '../../../shared/contract/tables';
import { AlertsService } from '../../../electron/core/alerts/alerts-service';
import type { MetricSeries } from '../../../electron/core/alerts/anomaly';
import { verifyAudit } from '../../../electron/core/audit/audit-log';
import type { Database } from '../../../electron/core/db/database';
import { sql } from '../../../electron/core/db/sql';
import { useTempDirs } from '../../helpers/temp-dir';
import { openTestDatabase } from '../sync/sync-fixture';

const tempDir = useTempDirs();
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Four quiet weeks of a daily count ending the day before `day`, then `count` on `day`. */
function counted(metric: string, label: string, day: string, count: number): MetricSeries {
  const current = Date.parse(`${day}T00:00:00.000Z`);
  const points = Array.from({ length: 29 }, (_, index) => {
    const start = current - (28 - index) * DAY_MS;
    const value = index === 28 ? count : 0;
    return { windowStart: new Date(start).toISOString(), windowEnd: new Date(start + DAY_MS - 1).toISOString(), value, volume: value };
  });
  return { metric, label, worse: 'up', kind: 'count', points };
}

const connectionFailures = (day: string, count: number): MetricSeries => counted('failures:connection', 'Connection failures', day, count);
const newExceptions = (day: string, count: number): MetricSeries => counted('new_exceptions', 'New reconciliation exceptions', day, count);

/** The service on a real migrated database, with a clock the test moves and what it notified. */
function setUp(): { db: Database; alerts: AlertsService; notified: AlertRow[]; announced: TableName[][]; clock: { now: Date } } {
  const db = openTestDatabase(tempDir());
  const clock = { now: new Date('2026-10-30T09:00:00.000Z') };
  const notified: AlertRow[] = [];
  const announced: TableName[][] = [];
  const alerts = new AlertsService({
    db,
    actor: () => 'Ana',
    clock: () => clock.now,
    onRaised: (alert) => notified.push(alert),
    announce: (tables) => announced.push(tables),
  });
  return { db, alerts, notified, announced, clock };
}

function later(clock: { now: Date }, hours: number): void {
  clock.now = new Date(clock.now.getTime() + hours * HOUR_MS);
}

function trail(db: Database): { actor: string; action: string; entity_id: string; before_json: string | null; after_json: string; reason: string | null }[] {
  return db.all(sql`SELECT actor, action, entity_id, before_json, after_json, reason FROM audit_log ORDER BY seq`);
}

describe('the alerts service', () => {
  it('stores and notifies a departure once, and audits the raise', () => {
    const { db, alerts, notified, announced } = setUp();
    const { raised, repeated } = alerts.evaluate([connectionFailures('2026-10-30', 12), newExceptions('2026-10-30', 0)]);

    expect(repeated).toEqual([]);
    expect(raised).toHaveLength(1);
    expect(notified).toEqual(raised);
    const [alert] = raised;
    expect(AlertRow.parse(alert)).toEqual(alert);
    expect(alert).toMatchObject({
      metric: 'failures:connection',
      label: 'Connection failures',
      windowStart: '2026-10-30T00:00:00.000Z',
      direction: 'up',
      value: 12,
      baselineMedian: 0,
      baselineMad: 0,
      summary: 'Connection failures: 12 on 2026-10-30 (usually 0)',
      state: 'open',
      snoozedUntil: null,
      handledBy: null,
      firstSeenAt: '2026-10-30T09:00:00.000Z',
      lastSeenAt: '2026-10-30T09:00:00.000Z',
      seenCount: 1,
    });
    expect(announced).toEqual([['alerts', 'audit_log']]);
    expect(trail(db)).toEqual([
      {
        actor: 'Ana',
        action: 'alert.raise',
        entity_id: String(alert?.id),
        before_json: null,
        after_json: expect.stringContaining('"summary":"Connection failures: 12 on 2026-10-30 (usually 0)","state":"open"'),
        reason: null,
      },
    ]);
  });

  it('counts the same evidence seen again without notifying or auditing it again', () => {
    const { db, alerts, notified, clock } = setUp();
    const [first] = alerts.evaluate([connectionFailures('2026-10-30', 12)]).raised;
    later(clock, 1);
    const again = alerts.evaluate([connectionFailures('2026-10-30', 12)]);

    expect(again.raised).toEqual([]);
    expect(again.repeated).toEqual([{ ...first, seenCount: 2, lastSeenAt: '2026-10-30T10:00:00.000Z' }]);
    expect(alerts.list({})).toEqual(again.repeated);
    expect(notified).toHaveLength(1);
    expect(trail(db).map((entry) => entry.action)).toEqual(['alert.raise']);
  });

  it('updates the alert of a day in progress as its figure moves, and notifies a new day', () => {
    const { alerts, notified, clock } = setUp();
    const [first] = alerts.evaluate([connectionFailures('2026-10-30', 12)]).raised;
    later(clock, 1);
    const again = alerts.evaluate([connectionFailures('2026-10-30', 20)]);
    expect(again.raised).toEqual([]);
    expect(again.repeated).toEqual([expect.objectContaining({ id: first?.id, value: 20, seenCount: 2 })]);
    expect(again.repeated[0]?.summary).toContain('20');
    later(clock, 24);
    alerts.evaluate([connectionFailures('2026-10-31', 9)]);

    expect(notified.map((alert) => [alert.windowStart.slice(0, 10), alert.value])).toEqual([
      ['2026-10-30', 12],
      ['2026-10-31', 9],
    ]);
  });

  it('does nothing when no metric departs', () => {
    const { db, alerts, notified, announced } = setUp();
    expect(alerts.evaluate([connectionFailures('2026-10-30', 1), newExceptions('2026-10-30', 0)])).toEqual({ raised: [], repeated: [] });
    expect(notified).toEqual([]);
    expect(announced).toEqual([]);
    expect(trail(db)).toEqual([]);
  });

  it('keeps a snoozed metric quiet until the time passes, storing what it finds meanwhile', () => {
    const { alerts, notified, clock } = setUp();
    const [first] = alerts.evaluate([connectionFailures('2026-10-30', 12)]).raised;
    const snoozed = alerts.snooze({ id: first?.id ?? 0, hours: 24, note: 'Partner is migrating servers today' });
    expect(snoozed).toMatchObject({ state: 'snoozed', snoozedUntil: '2026-10-31T09:00:00.000Z', handledBy: 'Ana', note: 'Partner is migrating servers today' });

    later(clock, 2);
    const meanwhile = alerts.evaluate([connectionFailures('2026-10-30', 30), newExceptions('2026-10-30', 8)]);
    expect(meanwhile.repeated.map((alert) => [alert.metric, alert.state, alert.value])).toEqual([['failures:connection', 'snoozed', 30]]);
    expect(meanwhile.raised.map((alert) => [alert.metric, alert.state])).toEqual([['new_exceptions', 'open']]);
    // The next day's departure of the snoozed metric is stored, quietly, while the snooze lasts.
    const nextDay = alerts.evaluate([connectionFailures('2026-10-31', 14)]);
    expect(nextDay.raised.map((alert) => [alert.metric, alert.state, alert.snoozedUntil])).toEqual([['failures:connection', 'snoozed', '2026-10-31T09:00:00.000Z']]);
    expect(notified.map((alert) => alert.metric)).toEqual(['failures:connection', 'new_exceptions']);

    later(clock, 22);
    expect(alerts.list({ states: ['snoozed'] })).toEqual([]);
    expect(alerts.list({ states: ['open'] }).map((alert) => [alert.metric, alert.value])).toEqual([
      ['failures:connection', 14],
      ['new_exceptions', 8],
      ['failures:connection', 30],
    ]);
    alerts.evaluate([connectionFailures('2026-11-01', 25)]);
    expect(notified.map((alert) => alert.metric)).toEqual(['failures:connection', 'new_exceptions', 'failures:connection']);
  });

  it('acknowledges one alert at a time, with who and why, and refuses to handle it twice', () => {
    const { alerts, clock } = setUp();
    const [connection, exceptions] = alerts.evaluate([connectionFailures('2026-10-30', 12), newExceptions('2026-10-30', 8)]).raised;
    later(clock, 1);
    const acknowledged = alerts.acknowledge({ id: connection?.id ?? 0, note: 'Gateway outage, already reported' });

    expect(acknowledged).toMatchObject({ state: 'acknowledged', handledBy: 'Ana', handledAt: '2026-10-30T10:00:00.000Z', note: 'Gateway outage, already reported' });
    expect(alerts.list({ states: ['open'] })).toEqual([exceptions]);
    expect(() => alerts.acknowledge({ id: connection?.id ?? 0 })).toThrow(new ApiError('conflict', `Alert ${connection?.id} was already acknowledged by Ana.`));
    // A note is free text: a card number typed into it is masked like everywhere else.
    const snoozed = alerts.snooze({ id: exceptions?.id ?? 0, hours: 4, note: 'Customer paid with 4242 4242 4242 4242' });
    expect(snoozed.note).toBe('Customer paid with ••••4242');
    expect(() => alerts.snooze({ id: connection?.id ?? 0, hours: 4 })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('acknowledges a snoozed alert, which ends its snooze', () => {
    const { alerts, notified } = setUp();
    const [first] = alerts.evaluate([connectionFailures('2026-10-30', 12)]).raised;
    alerts.snooze({ id: first?.id ?? 0, hours: 8 });
    expect(alerts.acknowledge({ id: first?.id ?? 0 })).toMatchObject({ state: 'acknowledged', snoozedUntil: null, note: null });
    // Handled: the same day firing on stays quiet; the next day's departure is news again.
    alerts.evaluate([connectionFailures('2026-10-30', 40)]);
    alerts.evaluate([connectionFailures('2026-10-31', 40)]);
    expect(notified.map((alert) => [alert.windowStart.slice(0, 10), alert.value])).toEqual([
      ['2026-10-30', 12],
      ['2026-10-31', 40],
    ]);
  });

  it('says plainly when an alert does not exist', () => {
    const { db, alerts, announced } = setUp();
    expect(() => alerts.acknowledge({ id: 99 })).toThrow(new ApiError('not_found', 'There is no alert 99.'));
    expect(() => alerts.snooze({ id: 99, hours: 1 })).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(trail(db)).toEqual([]);
    expect(announced).toEqual([]);
  });

  it('puts every raise and every handling in an intact audit trail', () => {
    const { db, alerts, clock } = setUp();
    const [connection, exceptions] = alerts.evaluate([connectionFailures('2026-10-30', 12), newExceptions('2026-10-30', 8)]).raised;
    alerts.evaluate([connectionFailures('2026-10-30', 12)]);
    later(clock, 1);
    alerts.snooze({ id: connection?.id ?? 0, hours: 2, note: 'Looking into it' });
    alerts.acknowledge({ id: exceptions?.id ?? 0, note: 'Month-end import, expected' });

    expect(trail(db).map(({ action, entity_id, before_json, after_json, reason }) => ({ action, entity_id, before_json, reason, ...(action === 'alert.raise' ? {} : { after_json }) }))).toEqual([
      { action: 'alert.raise', entity_id: String(connection?.id), before_json: null, reason: null },
      { action: 'alert.raise', entity_id: String(exceptions?.id), before_json: null, reason: null },
      {
        action: 'alert.snooze',
        entity_id: String(connection?.id),
        before_json: '{"state":"open","snoozedUntil":null}',
        after_json: '{"state":"snoozed","snoozedUntil":"2026-10-30T12:00:00.000Z"}',
        reason: 'Looking into it',
      },
      {
        action: 'alert.acknowledge',
        entity_id: String(exceptions?.id),
        before_json: '{"state":"open","snoozedUntil":null}',
        after_json: '{"state":"acknowledged","snoozedUntil":null}',
        reason: 'Month-end import, expected',
      },
    ]);
    expect(verifyAudit(db)).toEqual({ intact: true, entries: 4 });
  });

  it('lists newest first, filtered by the state each alert reads as', () => {
    const { alerts, clock } = setUp();
    const [older] = alerts.evaluate([connectionFailures('2026-10-29', 12)]).raised;
    later(clock, 1);
    const [middle] = alerts.evaluate([newExceptions('2026-10-30', 8)]).raised;
    later(clock, 1);
    const [newest] = alerts.evaluate([connectionFailures('2026-10-30', 15)]).raised;
    alerts.acknowledge({ id: older?.id ?? 0 });
    alerts.snooze({ id: middle?.id ?? 0, hours: 1 });

    const ids = (states?: AlertRow['state'][]): number[] => alerts.list(states ? { states } : {}).map((alert) => alert.id);
    expect(ids()).toEqual([newest?.id, middle?.id, older?.id]);
    expect(ids(['open'])).toEqual([newest?.id]);
    expect(ids(['snoozed', 'acknowledged'])).toEqual([middle?.id, older?.id]);
    later(clock, 1);
    expect(ids(['open'])).toEqual([newest?.id, middle?.id]);
  });
});
