import { FaultSpec } from '../../../shared/contract/sandbox';
import { createPrng } from '../prng';
import type { Prng } from '../prng';
import { TokenBucket } from './token-bucket';
import type { FaultDialect, SandboxResponse } from './types';

/** What happens to a request that reaches its handler. */
export type Disposition = 'respond' | 'hang' | 'drop';

export interface FaultPlan {
  /** A fault answer sent instead of running the handler, or null to run it. */
  readonly preempt: SandboxResponse | null;
  readonly disposition: Disposition;
  readonly latencyMs: number;
}

/** How long a client is told to wait out a maintenance window. */
export const MAINTENANCE_RETRY_AFTER_SECONDS = 30;

/**
 * Decides, per request, which of the configured faults hit it. Kept apart from the resource
 * handlers: they never know faults exist. Every request draws the same four random numbers
 * whatever the configuration, so a given seed and request sequence always meets the same faults.
 */
export class FaultInjector {
  private spec: FaultSpec;
  private bucket: TokenBucket | null;
  private readonly rng: Prng;

  constructor(
    private readonly dialect: FaultDialect,
    seed: number,
    initial: FaultSpec,
  ) {
    this.spec = FaultSpec.parse(initial);
    this.rng = createPrng(seed);
    this.bucket = this.spec.rateLimitPerSecond > 0 ? new TokenBucket(this.spec.rateLimitPerSecond) : null;
  }

  get faults(): FaultSpec {
    return { ...this.spec };
  }

  update(next: FaultSpec): void {
    if (next.rateLimitPerSecond !== this.spec.rateLimitPerSecond) {
      // A new limit starts with a full bucket, as a freshly configured gateway would.
      this.bucket = next.rateLimitPerSecond > 0 ? new TokenBucket(next.rateLimitPerSecond) : null;
    }
    this.spec = next;
  }

  plan(): FaultPlan {
    const errorRoll = this.rng.next();
    const statusRoll = this.rng.next();
    const hangRoll = this.rng.next();
    const dropRoll = this.rng.next();
    const { spec } = this;
    const disposition: Disposition = hangRoll < spec.hangRate ? 'hang' : dropRoll < spec.dropRate ? 'drop' : 'respond';
    const plan = (preempt: SandboxResponse | null): FaultPlan => ({ preempt, disposition, latencyMs: spec.latencyMs });

    if (spec.maintenance) return plan(this.dialect.maintenance(MAINTENANCE_RETRY_AFTER_SECONDS));
    if (this.bucket) {
      const taken = this.bucket.take();
      if (!taken.ok) return plan(this.dialect.rateLimited(taken.retryAfterSeconds));
    }
    if (errorRoll < spec.serverErrorRate) return plan(this.dialect.serverError(statusRoll < 0.5 ? 500 : 502));
    return plan(null);
  }

  /** Applies schema drift to a successful JSON answer; errors keep their documented shape. */
  distort(response: SandboxResponse): SandboxResponse {
    const mode = this.spec.schemaDrift;
    if (mode === 'none' || response.json === undefined || response.status < 200 || response.status > 299) return response;
    return { ...response, json: this.dialect.drift(response.json, mode) };
  }
}
