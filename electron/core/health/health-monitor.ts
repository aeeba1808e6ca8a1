import type { ConnectorConfig } from '../connectors/connector-config';
import { probeConnector, type ProbeResult } from '../connectors/health-probe';
import { TransmissionError } from '../connectors/transmission-error';
import type { EventBus } from '../api/event-bus';
import type { Logger } from '../util/logger';
import type { CheckOutcome, ConnectorsRepo } from './connectors-repo';

export type Probe = (connector: ConnectorConfig) => Promise<ProbeResult>;

/**
 * Keeps each connector's health current: checks all of them now and then on an interval, and on
 * demand. Announces a change only when the outcome differs from the last one (or was asked for),
 * so an idle console does not churn.
 */
export class HealthMonitor {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly lastOutcome = new Map<string, string>();
  private readonly recoveryListeners = new Set<(connectorId: string) => void>();

  constructor(
    private readonly directory: { list(): readonly ConnectorConfig[] },
    private readonly repo: ConnectorsRepo,
    private readonly bus: EventBus,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly probe: Probe = probeConnector,
  ) {}

  start(): void {
    void this.checkAll();
    this.timer = setInterval(() => void this.checkAll(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops the sweep and waits for checks under way, so nothing writes after the database closes. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled(this.inFlight.values());
  }

  /** Background sweep: a check that breaks unexpectedly is logged, never left unhandled. */
  async checkAll(): Promise<void> {
    await Promise.all(
      this.directory.list().map((connector) =>
        this.check(connector.id, false).catch((error: unknown) =>
          this.logger.error(`Health check of ${connector.id} failed`, error),
        ),
      ),
    );
  }

  /** Calls `listener` whenever a connector that was failing answers again. */
  onRecovered(listener: (connectorId: string) => void): () => void {
    this.recoveryListeners.add(listener);
    return () => this.recoveryListeners.delete(listener);
  }

  /** Drops what is remembered of a connector that was removed. */
  forget(connectorId: string): void {
    this.lastOutcome.delete(connectorId);
  }

  /** Checks one connector; concurrent requests for the same one share a single probe. */
  check(connectorId: string, announce = true): Promise<void> {
    const running = this.inFlight.get(connectorId);
    if (running) return running;
    const connector = this.directory.list().find((candidate) => candidate.id === connectorId);
    if (!connector) return Promise.reject(new Error(`Unknown connector ${connectorId}`));
    const run = this.runCheck(connector, announce).finally(() => this.inFlight.delete(connectorId));
    this.inFlight.set(connectorId, run);
    return run;
  }

  private async runCheck(connector: ConnectorConfig, announce: boolean): Promise<void> {
    const outcome = await this.outcomeOf(connector);
    this.repo.recordCheck(connector.id, outcome);
    const signature = outcome.ok ? 'ok' : `${outcome.failureClass}:${outcome.httpStatus}:${outcome.message}`;
    const previous = this.lastOutcome.get(connector.id);
    const changed = previous !== signature;
    this.lastOutcome.set(connector.id, signature);
    if (outcome.ok && previous !== undefined && previous !== 'ok') for (const listener of this.recoveryListeners) listener(connector.id);
    if (announce || changed) {
      this.bus.emit('data.changed', { tables: ['connector_health', 'transmission_failures'] });
    }
  }

  private async outcomeOf(connector: ConnectorConfig): Promise<CheckOutcome> {
    try {
      const { latencyMs } = await this.probe(connector);
      return { ok: true, latencyMs };
    } catch (error) {
      if (!(error instanceof TransmissionError)) throw error;
      return {
        ok: false,
        failureClass: error.failureClass,
        endpoint: error.endpoint,
        httpStatus: error.httpStatus,
        message: error.message,
      };
    }
  }
}
