import type { SandboxResponse } from './types';

interface Saved {
  readonly fingerprint: string;
  readonly response: SandboxResponse;
}

export type IdempotencyOutcome =
  | { readonly kind: 'fresh'; readonly response: SandboxResponse }
  | { readonly kind: 'replayed'; readonly response: SandboxResponse }
  | { readonly kind: 'conflict' };

/**
 * Idempotency keys as Stripe and Xero honour them: the first successful answer for a key is
 * saved; the same key with the same request gets that answer again (marked Idempotent-Replayed)
 * without doing the work twice; the same key with a different request is refused. Failures are
 * not saved, so a corrected retry can still go through; work is committed synchronously inside
 * `execute`, so two concurrent requests with one key cannot both run it.
 */
export class IdempotencyStore {
  private readonly saved = new Map<string, Saved>();

  run(key: string, fingerprint: string, execute: () => SandboxResponse): IdempotencyOutcome {
    const previous = this.saved.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) return { kind: 'conflict' };
      const headers = { ...previous.response.headers, 'Idempotent-Replayed': 'true', 'Idempotency-Key': key };
      return { kind: 'replayed', response: { ...previous.response, headers } };
    }
    const response = execute();
    if (response.status >= 200 && response.status < 300) this.saved.set(key, { fingerprint, response });
    const headers = { ...response.headers, 'Idempotency-Key': key };
    return { kind: 'fresh', response: { ...response, headers } };
  }
}

/** A stable text form of a JSON value (object keys sorted), so key order never matters. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A stable text form of form-encoded parameters. */
export function canonicalForm(params: URLSearchParams): string {
  return [...params.entries()]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .sort()
    .join('&');
}
