/**
 * A token bucket: `ratePerSecond` requests may arrive in a burst, and tokens refill continuously at
 * that rate. This is how real APIs smooth their limits, so a client that paces itself to the
 * advertised rate never sees a 429 while one that bursts does.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = ratePerSecond;
    this.updatedAt = now();
  }

  /** Takes a token, or says how many whole seconds until one is available. */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    this.tokens = Math.min(this.ratePerSecond, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    const secondsToNext = (1 - this.tokens) / this.ratePerSecond;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(secondsToNext)) };
  }
}
