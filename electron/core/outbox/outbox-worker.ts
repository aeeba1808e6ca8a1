import type { TableName } from '../../../shared/contract/tables';
import type { XeroInvoice } from '../connectors/xero/xero-schemas';
import { TransmissionError } from '../connectors/transmission-error';
import { abortableSleep } from '../connectors/retry/retry-policy';
import type { Database } from '../db/database';
import { sql } from '../db/sql';
import type { Logger } from '../util/logger';
import { claimRow, finishAttempt, type Claim } from './attempt-log';
import type { StoredOutboxRow } from './outbox-row';
import { refreshInvoice } from './refresh-invoice';
import { DEFAULT_RETRY_SCHEDULE, nextStepAfter, soonAfterRecovery, type RetrySchedule } from './retry-schedule';
import { transmitEvent, type EventTransmission, type WebhookTarget } from './transmit-event';
import { transmitPosting, type BillingTarget, type Transmission } from './transmit-posting';

export interface OutboxWorkerOptions {
  db: Database;
  /** A client for a billing connector, or null while it is not configured (its rows wait). */
  billingFor: (connectorId: string, signal: AbortSignal) => BillingTarget | null;
  /** The webhook endpoint (with the gateway its events come from), or null while it is not configured. */
  webhookFor?: (endpointId: string, gatewayConnectorId: string | null, signal: AbortSignal) => WebhookTarget | null;
  actor: () => string;
  logger: Logger;
  /** Told which tables changed after each attempt, so the UI refreshes. */
  announce: (tables: TableName[]) => void;
  /** A row landed in billing and its invoice was refreshed locally: reconcile it. */
  onLanded?: (row: StoredOutboxRow) => void;
  now?: () => Date;
  random?: () => number;
  schedule?: RetrySchedule;
  /** How long an attempt may hold its row; must outlast two requests' timeouts. */
  leaseMs?: number;
  /** Attempts under way at once. Billing APIs rate-limit per tenant, so keep it small. */
  concurrency?: number;
}

const DEFAULT_LEASE_MS = 2 * 60_000;

/** What decides where a row goes. */
type Target = Pick<StoredOutboxRow, 'kind' | 'target_connector_id' | 'source_connector_id'>;

/**
 * Sends what the outbox owes, one attempt per row at a time: rows due now, and rows whose
 * attempt was cut off (found in flight at start-up, or whose lease ran out) — those are checked
 * against billing before anything is sent. Every step is written before the next request, so the
 * process can be killed at any instant and the next worker picks up where it stopped.
 */
export class OutboxWorker {
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly schedule: RetrySchedule;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;
  private again = false;
  private recovered = false;
  private started = false;

  constructor(private readonly options: OutboxWorkerOptions) {
    this.now = options.now ?? (() => new Date());
    this.random = options.random ?? Math.random;
    this.schedule = options.schedule ?? DEFAULT_RETRY_SCHEDULE;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.concurrency = options.concurrency ?? 2;
  }

  get maxAttempts(): number {
    return this.schedule.maxAttempts;
  }

  /** Runs in the background from now on: a pass now, then one whenever a row falls due. */
  start(): void {
    this.started = true;
    this.wake();
  }

  /** Something was queued or retried: look at once (passes never overlap). A worker driven by hand (the CLI) ignores it. */
  wake(): void {
    if (!this.started || this.stopping.signal.aborted) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    this.clearTimer();
    this.pass = this.drainDue()
      .catch((error: unknown) => this.options.logger.error('The outbox could not send what it owes', error))
      .finally(() => {
        this.pass = null;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.sleepUntilNextDue();
      });
  }

  /** A billing connector answers again: its failed rows are retried soon, spread out, not at their backed-off time. */
  connectorRecovered(connectorId: string): void {
    const rows = this.options.db.all<{ id: number }>(sql`SELECT id FROM outbox WHERE state = 'failed' AND target_connector_id = ${connectorId}`);
    if (rows.length === 0) return;
    this.options.db.transaction(() => {
      for (const { id } of rows) {
        const due = soonAfterRecovery(this.now(), this.random).toISOString();
        this.options.db.run(sql`UPDATE outbox SET next_attempt_at = ${due} WHERE id = ${id} AND state = 'failed' AND next_attempt_at > ${due}`);
      }
    });
    this.options.announce(['outbox']);
    this.wake();
  }

  /** Stops sending; an attempt under way is abandoned and its row is taken over by the next worker. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.clearTimer();
    await this.pass;
  }

  /**
   * Sends every row that is due now (and, the first time, every row left in flight), repeating
   * while attempts make more rows due; returns when nothing is due. Used by the background loop
   * and by the command line.
   */
  async drainDue(): Promise<void> {
    for (;;) {
      if (this.stopping.signal.aborted) return;
      const takeOver = !this.recovered;
      const due = this.dueRows(takeOver);
      this.recovered = true;
      if (due.length === 0) return;
      await this.inParallel(due, (id) => this.attempt(id, takeOver));
    }
  }

  /**
   * Keeps sending until nothing is owed: every row has succeeded, been dead-lettered or
   * cancelled, or waits for a connector this worker has no client for. Sleeps through backoffs.
   */
  async drainUntilSettled(): Promise<void> {
    for (;;) {
      await this.drainDue();
      const due = this.nextDueAt();
      if (!due || this.stopping.signal.aborted) return;
      await abortableSleep(due.getTime() - this.now().getTime(), this.stopping.signal);
    }
  }

  /** The soonest time a row this worker can send falls due, if any is waiting. */
  nextDueAt(): Date | null {
    const rows = this.options.db.all<Target & { at: string | null }>(sql`
      SELECT kind, target_connector_id, source_connector_id, min(CASE WHEN state = 'in_flight' THEN lease_until ELSE next_attempt_at END) AS at
      FROM outbox WHERE state IN ('pending', 'failed', 'in_flight') GROUP BY kind, target_connector_id, source_connector_id`);
    const times = rows.filter((row) => row.at !== null && this.canSend(row)).map((row) => Date.parse(row.at ?? ''));
    return times.length === 0 ? null : new Date(Math.min(...times));
  }

  private dueRows(takeOver: boolean): number[] {
    const at = this.now().toISOString();
    const rows = this.options.db.all<Target & { id: number }>(sql`
      SELECT id, kind, target_connector_id, source_connector_id FROM outbox
      WHERE (state IN ('pending', 'failed') AND next_attempt_at <= ${at})
         OR (state = 'in_flight' AND (${takeOver ? 1 : 0} = 1 OR lease_until < ${at}))
      ORDER BY next_attempt_at, id`);
    const known = new Map<string, boolean>();
    return rows
      .filter((row) => {
        const key = `${row.kind} ${row.target_connector_id} ${row.source_connector_id ?? ''}`;
        const can = known.get(key) ?? this.canSend(row);
        known.set(key, can);
        return can;
      })
      .map((row) => row.id);
  }

  /** Whether this worker has somewhere to send a row of this kind and target. */
  private canSend(row: Target): boolean {
    const { signal } = this.stopping;
    if (row.kind === 'billing_payment') return this.options.billingFor(row.target_connector_id, signal) !== null;
    return this.options.webhookFor?.(row.target_connector_id, row.source_connector_id, signal) != null;
  }

  private async attempt(id: number, takeOver: boolean): Promise<void> {
    const actor = this.options.actor();
    const claim = claimRow(this.options.db, id, { now: this.now(), leaseMs: this.leaseMs, actor, takeOver });
    if (!claim) return;
    let transmission: Transmission;
    let fetched: EventTransmission['fetched'] = null;
    let billing: BillingTarget | null = null;
    try {
      if (claim.row.kind === 'billing_payment') {
        billing = this.options.billingFor(claim.row.target_connector_id, this.stopping.signal);
        if (!billing) return;
        transmission = await transmitPosting(claim.row, billing);
      } else {
        const webhook = this.options.webhookFor?.(claim.row.target_connector_id, claim.row.source_connector_id, this.stopping.signal);
        if (!webhook) return;
        const sent = await transmitEvent(claim.row, webhook);
        transmission = { result: sent.result, invoice: null };
        fetched = sent.fetched;
      }
    } catch (error) {
      // Stopping abandons the request: the row stays in flight for the next worker to check.
      if (this.stopping.signal.aborted) return;
      // A fault of Paydesk's own: a person must look, so it is dead-lettered, not retried forever.
      const message = `Paydesk could not complete the attempt: ${error instanceof Error ? error.message : String(error)}`;
      this.options.logger.error(`Outbox row ${id}`, error);
      transmission = { result: { outcome: 'failed', failureClass: 'integration', httpStatus: null, retryAfterMs: null, message, exchanges: [] }, invoice: null };
    }
    if (this.stopping.signal.aborted) return;
    const { result } = transmission;
    const next =
      result.outcome === 'failed'
        ? nextStepAfter(result, claim.attempt, claim.row.max_attempts, this.schedule, this.now(), this.random)
        : null;
    const moved = finishAttempt(this.options.db, claim, result, { now: this.now(), actor, next, fetched });
    this.options.announce(['outbox', 'audit_log']);
    if (moved && result.outcome !== 'failed' && billing) await this.landed(claim, transmission.invoice, billing);
  }

  /** Brings the local copy of the invoice up to date; a failure here only delays it to the next sync. */
  private async landed(claim: Claim, seen: XeroInvoice | null, billing: BillingTarget): Promise<void> {
    const invoiceKey = claim.row.invoice_external_id ?? claim.row.invoice_number;
    if (invoiceKey === null) return;
    try {
      const invoice = seen ?? (await billing.invoice(invoiceKey));
      refreshInvoice(this.options.db, invoice, claim.row.target_connector_id);
      this.options.announce(['invoices', 'invoice_payments']);
      this.options.onLanded?.(claim.row);
    } catch (error) {
      if (error instanceof TransmissionError) return;
      this.options.logger.error(`Invoice ${claim.row.invoice_number} could not be refreshed after its payment was recorded`, error);
    }
  }

  private async inParallel(ids: readonly number[], work: (id: number) => Promise<void>): Promise<void> {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < ids.length && !this.stopping.signal.aborted) {
        const id = ids[next++];
        if (id !== undefined) await work(id);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, ids.length) }, lane));
  }

  private sleepUntilNextDue(): void {
    if (this.stopping.signal.aborted) return;
    const due = this.nextDueAt();
    if (!due) return;
    // Capped so a clock change or a far-off retry is re-read now and then rather than trusted.
    const delay = Math.min(Math.max(0, due.getTime() - this.now().getTime()), 60_000);
    this.timer = setTimeout(() => this.wake(), delay);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
