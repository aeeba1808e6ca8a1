import type { FaultDialect, SandboxResponse } from '../http/types';
import { jsonResponse } from '../http/types';
import type { Prng } from '../prng';

// Xero answers in two shapes. Its identity and gateway layer (401, 403, 429, 503, 404) uses
// problem details: { Type, Title, Status, Detail, Instance, Extensions }. The Accounting API
// itself reports request errors as { ErrorNumber, Type, Message, Elements? }, e.g. ErrorNumber 10
// ValidationException with each rejected element and its ValidationErrors.

export function xeroProblem(status: number, title: string, detail: string, instance: string, headers?: Record<string, string>): SandboxResponse {
  return jsonResponse(status, { Type: null, Title: title, Status: status, Detail: detail, Instance: instance, Extensions: {} }, headers);
}

export function xeroApiError(status: number, errorNumber: number, type: string, message: string, elements?: readonly unknown[]): SandboxResponse {
  return jsonResponse(status, { ErrorNumber: errorNumber, Type: type, Message: message, ...(elements ? { Elements: elements } : {}) });
}

export function validationError(elements: readonly unknown[], message = 'A validation exception occurred'): SandboxResponse {
  return xeroApiError(400, 10, 'ValidationException', message, elements);
}

export function postDataInvalid(message: string): SandboxResponse {
  return xeroApiError(400, 14, 'PostDataInvalidException', message);
}

export function notFound(instance: string): SandboxResponse {
  return xeroProblem(404, 'Not Found', "The resource you're looking for cannot be found", instance);
}

/** Money fields schema drift renames (to these names) or removes. */
const DRIFT_RENAMES: ReadonlyArray<{ readonly when: string; readonly field: string; readonly renamed: string }> = [
  { when: 'InvoiceID', field: 'Total', renamed: 'InvoiceTotal' },
  { when: 'PaymentID', field: 'Amount', renamed: 'PaymentAmount' },
  { when: 'OrganisationID', field: 'Name', renamed: 'OrganisationName' },
];

function drift(value: unknown, mode: 'renamed_field' | 'missing_field'): unknown {
  if (Array.isArray(value)) return value.map((item) => drift(item, mode));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const rule = DRIFT_RENAMES.find((candidate) => candidate.when in source);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(source)) {
    if (key !== rule?.field) out[key] = drift(item, mode);
    else if (mode === 'renamed_field') out[rule.renamed] = item;
  }
  return out;
}

export function createXeroDialect(ids: Prng): FaultDialect {
  return {
    name: 'billing',
    maintenance: (retryAfterSeconds) =>
      xeroProblem(503, 'Service Unavailable', 'The Xero API is currently offline for maintenance. Retry after the interval in the Retry-After header.', ids.uuid(), { 'Retry-After': String(retryAfterSeconds) }),
    rateLimited: (retryAfterSeconds) =>
      xeroProblem(429, 'Too Many Requests', 'Rate limit exceeded: too many calls in the current minute.', ids.uuid(), { 'Retry-After': String(retryAfterSeconds), 'X-Rate-Limit-Problem': 'minute', 'X-MinLimit-Remaining': '0' }),
    serverError: (status) =>
      status === 500
        ? xeroApiError(500, 500, 'UnhandledException', 'An unhandled error with the Xero API occurred. Please retry the request.')
        : // A 502 comes from a proxy in front of the API: HTML, not the API's JSON.
          { status: 502, text: '<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>', headers: { 'Content-Type': 'text/html; charset=utf-8' } },
    drift,
    commonHeaders: () => ({ 'Xero-Correlation-Id': ids.uuid() }),
  };
}
