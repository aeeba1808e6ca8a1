import type { FailureClass } from '../../../../shared/domain/failure-class';
import { TransmissionError } from '../transmission-error';

export interface BreakerSettings {
  /** Consecutive connection or system failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses requests before it lets one trial through. */
  coolDownMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, coolDownMs: 30_000 };

export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * One partner's circuit. After `failureThreshold` failures in a row the partner is clearly
 * unwell: instead of every sync, retry and click hammering it (and making the person wait through
 * the whole backoff each time), requests fail at once for a cool-down, saying until when. Then a
 * single trial goes through (half-open): success closes the circuit, failure opens it again.
 *
 * Integration failures do not count: the partner answered, so it is reachable.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private lastFailureClass: FailureClass = 'connection';
  private trialInFlight = false;

  constructor(
    readonly name: string,
    private readonly settings: BreakerSettings = DEFAULT_BREAKER,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.settings.coolDownMs ? 'half_open' : 'open';
  }

  /** When an open circuit lets the next trial through, or null when it is not open. */
  get pausedUntil(): number | null {
    return this.state === 'open' && this.openedAt !== null ? this.openedAt + this.settings.coolDownMs : null;
  }

  /** Lets a request through, or throws the fail-fast error while the circuit is open. */
  admit(endpoint: string): void {
    const state = this.state;
    if (state === 'closed') return;
    if (state === 'half_open' && !this.trialInFlight) {
      this.trialInFlight = true;
      return;
    }
    const until = this.pausedUntil ?? this.now() + this.settings.coolDownMs;
    throw new TransmissionError(
      this.lastFailureClass,
      endpoint,
      `Paused after ${this.consecutiveFailures} failed attempts in a row: Paydesk will not contact ${this.name} again until ${new Date(until).toISOString()}`,
      null,
      Math.max(0, until - this.now()),
    );
  }

  recordSuccess(): void {
    this.consecutiveFailures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(failure: TransmissionError): void {
    this.trialInFlight = false;
    switch (failure.failureClass) {
      case 'integration':
        // Reachable after all; a broken mapping is not an outage.
        this.consecutiveFailures = 0;
        this.openedAt = null;
        return;
      case 'connection':
      case 'system':
        this.consecutiveFailures += 1;
        this.lastFailureClass = failure.failureClass;
        // A failed trial re-opens at once; otherwise the threshold decides.
        if (this.openedAt !== null || this.consecutiveFailures >= this.settings.failureThreshold) {
          this.openedAt = this.now();
        }
        return;
    }
  }
}

/** One breaker per connector, kept for as long as the process runs. */
export class CircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();

  constructor(
    private readonly settings: BreakerSettings = DEFAULT_BREAKER,
    private readonly now: () => number = Date.now,
  ) {}

  for(connectorId: string, name: string): CircuitBreaker {
    let breaker = this.breakers.get(connectorId);
    if (!breaker) {
      breaker = new CircuitBreaker(name, this.settings, this.now);
      this.breakers.set(connectorId, breaker);
    }
    return breaker;
  }
}

/**
 * The process-wide breakers: a sync started a few seconds after one that found the partner down
 * fails fast instead of waiting through the whole backoff again.
 */
export const sharedCircuitBreakers = new CircuitBreakers();
