import type { BackoffSettings } from '../connectors/retry/backoff';
import { sharedCircuitBreakers, type CircuitBreakers } from '../connectors/retry/circuit-breaker';
import type { Sleep } from '../connectors/retry/retry-policy';

/** Knobs of a sync; every one has a default fit for real partners. Tests shrink the waits. */
export interface SyncOptions {
  /** Per request, the body included. */
  timeoutMs?: number;
  backoff?: Partial<BackoffSettings>;
  /** Per-connector circuit breakers; by default shared by every sync in this process. */
  breakers?: CircuitBreakers;
  sleep?: Sleep;
  random?: () => number;
  /** Records per gateway list page (Stripe allows 1–100). */
  gatewayPageSize?: number;
  /** Invoices per billing page (Xero: 100 unless asked, up to 1000). */
  billingPageSize?: number;
  /** Seconds re-read below a gateway list's high-water mark. */
  gatewayOverlapSeconds?: number;
  /** Milliseconds re-read below billing's If-Modified-Since mark. */
  billingOverlapMs?: number;
  /** The gateway metadata key holding the invoice number(s) a payment is for. */
  invoiceReferenceKey?: string;
  now?: () => Date;
}

export type ResolvedSyncOptions = Required<Omit<SyncOptions, 'backoff' | 'sleep' | 'random'>> & Pick<SyncOptions, 'backoff' | 'sleep' | 'random'>;

export function resolveSyncOptions(options: SyncOptions = {}): ResolvedSyncOptions {
  return {
    timeoutMs: options.timeoutMs ?? 30_000,
    breakers: options.breakers ?? sharedCircuitBreakers,
    gatewayPageSize: options.gatewayPageSize ?? 100,
    billingPageSize: options.billingPageSize ?? 100,
    gatewayOverlapSeconds: options.gatewayOverlapSeconds ?? 300,
    billingOverlapMs: options.billingOverlapMs ?? 300_000,
    invoiceReferenceKey: options.invoiceReferenceKey ?? 'invoice_number',
    now: options.now ?? (() => new Date()),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
}
