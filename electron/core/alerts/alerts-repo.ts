import type { AlertFilter, AlertRow, AlertState } from '../../../shared/contract/alerts';
import type { Database } from '../db/database';
import { sql, type SqlFragment } from '../db/sql';
import { redactText } from '../redact/redact-card-data';
import type { Anomaly } from './anomaly';

/** An alert as stored, with the state it reads as at the time it was read. */
interface StoredAlert {
  id: number;
  metric: string;
  label: string;
  window_start: string;
  window_end: string;
  direction: 'up' | 'down';
  value: number;
  baseline_median: number;
  baseline_mad: number;
  score: number;
  summary: string;
  effective_state: AlertState;
  snoozed_until: string | null;
  handled_by: string | null;
  handled_at: string | null;
  note: string | null;
  first_seen_at: string;
  last_seen_at: string;
  seen_count: number;
}

export interface NewAlert {
  anomaly: Anomaly;
  evidence: string;
  /** Set when the metric is snoozed: the alert is stored snoozed as long, and not notified. */
  snoozedUntil: string | null;
  at: string;
}

export interface AlertHandling {
  state: AlertState;
  snoozedUntil: string | null;
  handledBy: string;
  handledAt: string;
  note: string | null;
}

/** A snooze whose time has passed reads as open; the stored row keeps what was decided. */
function selectAlerts(now: string): SqlFragment {
  return sql`SELECT *, CASE WHEN state = 'snoozed' AND snoozed_until <= ${now} THEN 'open' ELSE state END AS effective_state FROM alerts`;
}

export function findAlert(db: Database, id: number, now: string): AlertRow | null {
  const row = db.get<StoredAlert>(sql`${selectAlerts(now)} WHERE id = ${id}`);
  return row ? toAlertRow(row) : null;
}

export function findAlertByEvidence(db: Database, metric: string, evidence: string, now: string): AlertRow | null {
  const row = db.get<StoredAlert>(sql`${selectAlerts(now)} WHERE metric = ${metric} AND evidence = ${evidence}`);
  return row ? toAlertRow(row) : null;
}

/** Newest first. */
export function listAlerts(db: Database, filter: AlertFilter, now: string): AlertRow[] {
  const rows = db.all<StoredAlert>(sql`
    SELECT * FROM (${selectAlerts(now)})
    WHERE ${filter.states ? sql`effective_state IN (SELECT value FROM json_each(${JSON.stringify(filter.states)}))` : sql`1`}
    ORDER BY first_seen_at DESC, id DESC`);
  return rows.map(toAlertRow);
}

/** Until when the metric is snoozed, or null when it is not (any more). */
export function metricSnoozedUntil(db: Database, metric: string, now: string): string | null {
  const row = db.get<{ until: string | null }>(
    sql`SELECT max(snoozed_until) AS until FROM alerts WHERE metric = ${metric} AND state = 'snoozed' AND snoozed_until > ${now}`,
  );
  return row?.until ?? null;
}

export function insertAlert(db: Database, alert: NewAlert): number {
  const { anomaly, at } = alert;
  const result = db.run(sql`
    INSERT INTO alerts (metric, label, window_start, window_end, direction, value, baseline_median, baseline_mad, score, evidence, summary,
                        state, snoozed_until, first_seen_at, last_seen_at, seen_count, notified_at)
    VALUES (${anomaly.metric}, ${anomaly.label}, ${anomaly.windowStart}, ${anomaly.windowEnd}, ${anomaly.direction}, ${anomaly.value},
            ${anomaly.baselineMedian}, ${anomaly.baselineMad}, ${anomaly.score}, ${alert.evidence}, ${anomaly.summary},
            ${alert.snoozedUntil === null ? 'open' : 'snoozed'}, ${alert.snoozedUntil}, ${at}, ${at}, 1, ${alert.snoozedUntil === null ? at : null})`);
  return Number(result.lastInsertRowid);
}

/** The same window firing again: counted, with its latest figures (a day still in progress moves). */
export function recordRepeat(db: Database, id: number, anomaly: Anomaly, at: string): void {
  db.run(sql`
    UPDATE alerts SET seen_count = seen_count + 1, last_seen_at = ${at}, value = ${anomaly.value}, score = ${anomaly.score},
                      baseline_median = ${anomaly.baselineMedian}, baseline_mad = ${anomaly.baselineMad}, summary = ${anomaly.summary}
    WHERE id = ${id}`);
}

export function recordHandling(db: Database, id: number, handling: AlertHandling): void {
  db.run(sql`
    UPDATE alerts SET state = ${handling.state}, snoozed_until = ${handling.snoozedUntil}, handled_by = ${handling.handledBy},
                      handled_at = ${handling.handledAt}, note = ${handling.note === null ? null : redactText(handling.note)}
    WHERE id = ${id}`);
}

function toAlertRow(row: StoredAlert): AlertRow {
  return {
    id: row.id,
    metric: row.metric,
    label: row.label,
    windowStart: row.window_start,
    windowEnd: row.window_end,
    direction: row.direction,
    value: row.value,
    baselineMedian: row.baseline_median,
    baselineMad: row.baseline_mad,
    score: row.score,
    summary: row.summary,
    state: row.effective_state,
    snoozedUntil: row.snoozed_until,
    handledBy: row.handled_by,
    handledAt: row.handled_at,
    note: row.note,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    seenCount: row.seen_count,
  };
}
