import type { OverviewMetrics } from '../../../shared/contract/overview';
import type { TableName } from '../../../shared/contract/tables';
import type { AlertsService } from '../alerts/alerts-service';
import type { CheckoutService } from '../checkouts/checkout-service';
import { refreshCheckoutStages, type StageRefresh } from '../checkouts/refresh-stages';
import type { Database } from '../db/database';
import type { JobOutcome } from '../jobs/job-context';
import { dailyMetrics } from './daily-metrics';
import { metricSeries } from './metric-series';

/** The current day and the four weeks of baseline the detector compares it with. */
const EVALUATED_DAYS = 29;

export interface MonitorRun {
  stages: StageRefresh;
  raised: number;
  repeated: number;
}

export interface MonitorOptions {
  db: Database;
  checkouts: CheckoutService;
  alerts: Pick<AlertsService, 'evaluate'>;
  announce: (tables: TableName[]) => void;
}

const MONITOR_TABLES: TableName[] = ['checkout_stages', 'alerts', 'audit_log'];

/**
 * Keeps checkout stages and alerts in step with the cache: after every sync, import and landed
 * posting, the sessions those changed are re-staged and every metric's latest day is checked
 * against its baseline.
 */
export class Monitor {
  constructor(private readonly options: MonitorOptions) {}

  refresh(): MonitorRun {
    const stages = refreshCheckoutStages(this.options.db);
    const { days } = this.metrics(EVALUATED_DAYS);
    const { raised, repeated } = this.options.alerts.evaluate(metricSeries(days));
    return { stages, raised: raised.length, repeated: repeated.length };
  }

  /** The same, as the last step of a sync or import job: its outcome names what changed. */
  afterJob(outcome: JobOutcome): JobOutcome {
    const run = this.refresh();
    const found = run.raised === 0 ? '' : ` ${run.raised === 1 ? '1 new alert' : `${run.raised} new alerts`}.`;
    return { ...outcome, message: `${outcome.message}${found}`, tables: [...outcome.tables, ...MONITOR_TABLES] };
  }

  /** The same outside a job (a posting landed, the console opened); tells the UI. */
  refreshAndAnnounce(): MonitorRun {
    const run = this.refresh();
    this.options.announce(MONITOR_TABLES);
    return run;
  }

  metrics(days: number): OverviewMetrics {
    return dailyMetrics(this.options.db, days, this.options.checkouts.cutoff());
  }
}
