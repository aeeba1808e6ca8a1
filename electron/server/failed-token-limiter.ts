export interface FailedTokenLimits {
  /** Wrong tokens accepted in one window before the console stops comparing. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_FAILED_TOKEN_LIMITS: FailedTokenLimits = { maxFailures: 10, windowMs: 60_000 };

/**
 * Counts wrong session tokens. Every request comes from this computer, so the count is global,
 * not per address: past the limit the console answers 429 until the window that saw the first
 * failure ends, and compares no token meanwhile, so guessing gets nowhere.
 */
export class FailedTokenLimiter {
  private windowStart = 0;
  private failures = 0;

  constructor(
    private readonly limits: FailedTokenLimits,
    private readonly now: () => number,
  ) {}

  /** Seconds to wait before a token is compared again; 0 when it may be compared now. */
  retryAfterSeconds(): number {
    const elapsed = this.now() - this.windowStart;
    if (elapsed >= this.limits.windowMs) {
      this.failures = 0;
      return 0;
    }
    return this.failures >= this.limits.maxFailures ? Math.ceil((this.limits.windowMs - elapsed) / 1000) : 0;
  }

  recordFailure(): void {
    const at = this.now();
    if (this.failures === 0 || at - this.windowStart >= this.limits.windowMs) {
      this.windowStart = at;
      this.failures = 0;
    }
    this.failures += 1;
  }
}
