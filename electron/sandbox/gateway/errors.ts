import type { FaultDialect, SandboxResponse } from '../http/types';
import { jsonResponse } from '../http/types';
import { STRIPE_API_VERSION } from './render-other';

// Stripe's error shape: { error: { type, message, code?, param?, doc_url? } } with the HTTP
// status carrying the class of failure. Clients branch on both, so both must be faithful.

export interface StripeErrorFields {
  readonly type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  readonly message: string;
  readonly code?: string;
  readonly param?: string;
}

export function stripeError(status: number, fields: StripeErrorFields, headers?: Record<string, string>): SandboxResponse {
  const error: Record<string, string> = { type: fields.type, message: fields.message };
  if (fields.code) {
    error.code = fields.code;
    error.doc_url = `https://stripe.com/docs/error-codes/${fields.code.replace(/_/g, '-')}`;
  }
  if (fields.param) error.param = fields.param;
  return jsonResponse(status, { error }, headers);
}

export function invalidRequest(message: string, param?: string, code?: string): SandboxResponse {
  return stripeError(400, { type: 'invalid_request_error', message, ...(param ? { param } : {}), ...(code ? { code } : {}) });
}

export function noSuchObject(kind: string, id: string, param: string, status = 404): SandboxResponse {
  return stripeError(status, { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${id}'`, param });
}

/**
 * Schema drift hits the money fields: every `amount` (payment intents, charges, refunds, balance
 * entries) and a checkout session's `amount_total` become `amount_total_minor`, or vanish.
 */
const DRIFTING = new Set(['amount']);
const DRIFTING_IN_SESSIONS = new Set(['amount', 'amount_total']);

function driftField(source: Record<string, unknown>): ReadonlySet<string> {
  return source.object === 'checkout.session' ? DRIFTING_IN_SESSIONS : DRIFTING;
}

function drift(value: unknown, mode: 'renamed_field' | 'missing_field'): unknown {
  if (Array.isArray(value)) return value.map((item) => drift(item, mode));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const fields = driftField(source);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) {
    if (!fields.has(key)) out[key] = drift(item, mode);
    else if (mode === 'renamed_field') out.amount_total_minor = item;
  }
  return out;
}

export function createStripeDialect(): FaultDialect {
  let requestCount = 0;
  return {
    name: 'gateway',
    maintenance: (retryAfterSeconds) =>
      stripeError(503, { type: 'api_error', message: 'The gateway is temporarily unavailable for scheduled maintenance. Please retry after the interval in the Retry-After header.' }, { 'Retry-After': String(retryAfterSeconds) }),
    rateLimited: (retryAfterSeconds) =>
      stripeError(429, { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.' }, { 'Retry-After': String(retryAfterSeconds) }),
    serverError: (status) =>
      status === 500
        ? stripeError(500, { type: 'api_error', message: 'An unknown error occurred. Please retry the request.' })
        : // A 502 comes from a proxy in front of the API: HTML, not the API's JSON.
          { status: 502, text: '<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>', headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    drift,
    commonHeaders: () => {
      requestCount += 1;
      return { 'Request-Id': `req_sandbox${String(requestCount).padStart(10, '0')}`, 'Stripe-Version': STRIPE_API_VERSION };
    },
  };
}
