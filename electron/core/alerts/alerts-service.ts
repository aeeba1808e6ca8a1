import type { AcknowledgeAlert, AlertFilter, AlertRow, SnoozeAlert } from '../../../shared/contract/alerts';
import { ApiError } from '../../../shared/contract/errors';
import type { TableName } from '../../../shared/contract/tables';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { findAlert, findAlertByEvidence, insertAlert, listAlerts, metricSnoozedUntil, recordHandling, recordRepeat, type AlertHandling } from './alerts-repo';
import { detectAnomaly, type Anomaly, type AnomalyOptions, type MetricSeries } from './anomaly';

export interface AlertsServiceDeps {
  db: Database;
  actor: () => string;
  clock?: () => Date;
  /** Told of each alert worth a desktop notification, once the alert is stored. */
  onRaised: (alert: AlertRow) => void;
  announce: (tables: TableName[]) => void;
  detect?: Partial<AnomalyOptions>;
}

export interface Evaluation {
  /** Alerts stored for new evidence; those of a snoozed metric among them were not notified. */
  raised: AlertRow[];
  /** Alerts whose window fired again: counted and updated to the latest figures, not notified. */
  repeated: AlertRow[];
}

const HOUR_MS = 3_600_000;

/** Anomaly alerts: raised from the metric series, notified once per evidence, handled by people, all audited. */
export class AlertsService {
  private readonly now: () => Date;

  constructor(private readonly deps: AlertsServiceDeps) {
    this.now = deps.clock ?? ((): Date => new Date());
  }

  /** Runs the detector over every series; stores what departs; notifies (onRaised) only new evidence of a metric not snoozed. */
  evaluate(series: readonly MetricSeries[]): Evaluation {
    const found = series.flatMap((one) => {
      const anomaly = detectAnomaly(one, this.deps.detect);
      return anomaly ? [{ anomaly, evidence: evidenceOf(anomaly) }] : [];
    });
    if (found.length === 0) return { raised: [], repeated: [] };
    const { db } = this.deps;
    const now = this.now();
    const at = now.toISOString();
    const outcome = db.transaction((): Evaluation => {
      const raised: AlertRow[] = [];
      const repeated: AlertRow[] = [];
      for (const { anomaly, evidence } of found) {
        const seen = findAlertByEvidence(db, anomaly.metric, evidence, at);
        if (seen) {
          // A repeat changes no state and decides nothing, and an evaluation runs after every
          // sync: auditing each would bury the decisions in the trail. The row counts them.
          recordRepeat(db, seen.id, anomaly, at);
          repeated.push(this.read(seen.id, at));
          continue;
        }
        const snoozedUntil = metricSnoozedUntil(db, anomaly.metric, at);
        const id = insertAlert(db, { anomaly, evidence, snoozedUntil, at });
        const alert = this.read(id, at);
        appendAudit(db, {
          at: now,
          actor: this.deps.actor(),
          action: 'alert.raise',
          entityType: 'alert',
          entityId: String(id),
          after: { metric: alert.metric, windowStart: alert.windowStart, windowEnd: alert.windowEnd, value: alert.value, score: alert.score, summary: alert.summary, state: alert.state, snoozedUntil },
        });
        raised.push(alert);
      }
      return { raised, repeated };
    });
    this.deps.announce(outcome.raised.length > 0 ? ['alerts', 'audit_log'] : ['alerts']);
    for (const alert of outcome.raised) if (alert.state === 'open') this.deps.onRaised(alert);
    return outcome;
  }

  /** Newest first; a snoozed alert whose time has passed reads as open. */
  list(filter: AlertFilter): AlertRow[] {
    return listAlerts(this.deps.db, filter, this.now().toISOString());
  }

  acknowledge(input: AcknowledgeAlert): AlertRow {
    return this.handle(input.id, 'alert.acknowledge', input.note, (alert, by, at) => {
      if (alert.state === 'acknowledged') throw alreadyAcknowledged(alert);
      return { state: 'acknowledged', snoozedUntil: null, handledBy: by, handledAt: at.toISOString(), note: input.note ?? null };
    });
  }

  /** Quiets the metric: its new evidence is stored snoozed and not notified until the time passes. */
  snooze(input: SnoozeAlert): AlertRow {
    return this.handle(input.id, 'alert.snooze', input.note, (alert, by, at) => {
      if (alert.state === 'acknowledged') throw alreadyAcknowledged(alert);
      const snoozedUntil = new Date(at.getTime() + input.hours * HOUR_MS).toISOString();
      return { state: 'snoozed', snoozedUntil, handledBy: by, handledAt: at.toISOString(), note: input.note ?? null };
    });
  }

  private handle(id: number, action: 'alert.acknowledge' | 'alert.snooze', note: string | undefined, decide: (alert: AlertRow, by: string, at: Date) => AlertHandling): AlertRow {
    const { db } = this.deps;
    const now = this.now();
    const at = now.toISOString();
    const actor = this.deps.actor();
    const handled = db.transaction(() => {
      const before = this.read(id, at);
      const handling = decide(before, actor, now);
      recordHandling(db, id, handling);
      appendAudit(db, {
        at: now,
        actor,
        action,
        entityType: 'alert',
        entityId: String(id),
        before: { state: before.state, snoozedUntil: before.snoozedUntil },
        after: { state: handling.state, snoozedUntil: handling.snoozedUntil },
        reason: note ?? null,
      });
      return this.read(id, at);
    });
    this.deps.announce(['alerts', 'audit_log']);
    return handled;
  }

  private read(id: number, at: string): AlertRow {
    const alert = findAlert(this.deps.db, id, at);
    if (!alert) throw new ApiError('not_found', `There is no alert ${id}.`);
    return alert;
  }
}

/**
 * What makes two firings the same: the metric and its window. The current window is the day in
 * progress, re-evaluated after every sync, so its value moves (12 failures, then 14, then 20):
 * that is the same alert firing on, updated but not notified again. A new day is news.
 */
function evidenceOf(anomaly: Anomaly): string {
  return `${anomaly.windowStart}/${anomaly.windowEnd}`;
}

function alreadyAcknowledged(alert: AlertRow): ApiError {
  return new ApiError('conflict', `Alert ${alert.id} was already acknowledged${alert.handledBy ? ` by ${alert.handledBy}` : ''}.`);
}
