import type { SandboxDataset } from '../dataset/types';
import { IdempotencyStore, canonicalJson } from '../http/idempotency';
import type { RequestHandler, SandboxRequest, SandboxResponse } from '../http/types';
import { headerValue, jsonResponse } from '../http/types';
import { createPrng, deriveSeed } from '../prng';
import type { SandboxClock } from '../time';
import { createPayments } from './create-payments';
import { notFound, postDataInvalid, validationError, xeroProblem } from './errors';
import { listInvoices, listPayments } from './lists';
import { envelope, renderInvoice, renderOrganisation, renderPayment } from './render';
import { BillingStore } from './store';

export interface BillingOptions {
  readonly dataset: SandboxDataset;
  readonly accessToken: string;
  readonly tenantId: string;
  readonly clock: SandboxClock;
}

const PREFIX = '/api.xro/2.0';
const MAX_IDEMPOTENCY_KEY = 128;

function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Xero-compatible Accounting API routes over the seeded billing data. */
export function createBillingHandler(options: BillingOptions): RequestHandler {
  const store = new BillingStore(options.dataset);
  const idempotency = new IdempotencyStore();
  const ids = createPrng(deriveSeed(options.dataset.seed, 'billing-runtime-ids'));
  const organisationId = createPrng(deriveSeed(options.dataset.seed, 'organisation')).uuid();
  const organisationCreated = Date.parse(options.dataset.anchor) - 3 * 365 * 86_400_000;
  const ok = (body: Record<string, unknown>): SandboxResponse => jsonResponse(200, envelope(options.clock.nowMs(), ids.uuid(), body));

  const authenticate = (request: SandboxRequest): SandboxResponse | null => {
    const header = headerValue(request.headers, 'authorization') ?? '';
    if (header !== `Bearer ${options.accessToken}`) {
      return xeroProblem(401, 'Unauthorized', 'AuthenticationUnsuccessful', ids.uuid(), { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    }
    const tenant = headerValue(request.headers, 'xero-tenant-id');
    if (tenant?.toLowerCase() !== options.tenantId.toLowerCase()) return xeroProblem(403, 'Forbidden', 'AuthenticationUnsuccessful', ids.uuid());
    return null;
  };

  const putPayments = (request: SandboxRequest): SandboxResponse => {
    const body = parseJsonBody(request.body);
    const execute = (): SandboxResponse =>
      body.ok ? createPayments(body.value, { store, nowMs: options.clock.nowMs(), ids }) : postDataInvalid('The request body is not valid JSON');
    const key = headerValue(request.headers, 'idempotency-key');
    if (key === undefined) return execute();
    if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY) return validationError([], `Idempotency-Key must be between 1 and ${MAX_IDEMPOTENCY_KEY} characters long`);
    const fingerprint = `${request.method} /Payments ${body.ok ? canonicalJson(body.value) : request.body}`;
    const outcome = idempotency.run(key, fingerprint, execute);
    if (outcome.kind !== 'conflict') return outcome.response;
    return validationError([], `Idempotency-Key '${key}' was already used with a different request. Use a new key for a different request.`);
  };

  const route = (request: SandboxRequest, path: string): SandboxResponse => {
    const { searchParams } = request.url;
    const modifiedSince = headerValue(request.headers, 'if-modified-since');
    const [resource, id, ...rest] = path.split('/').filter((part) => part.length > 0);
    if (rest.length > 0 || resource === undefined) return notFound(ids.uuid());
    if (request.method === 'GET') {
      if (resource === 'Organisation' && id === undefined) return ok({ Organisations: [renderOrganisation(organisationId, organisationCreated)] });
      if (resource === 'Invoices' && id === undefined) return listInvoices(store, searchParams, modifiedSince, ok);
      if (resource === 'Payments' && id === undefined) return listPayments(store, searchParams, modifiedSince, ok);
      if (resource === 'Invoices' && id !== undefined) {
        // Ids and invoice numbers are plain text; a malformed escape can only be an unknown one.
        const invoice = store.findInvoice(safeDecode(id));
        return invoice ? ok({ Invoices: [renderInvoice(invoice, store)] }) : notFound(ids.uuid());
      }
      if (resource === 'Payments' && id !== undefined) {
        const entry = store.findPayment(id);
        return entry ? ok({ Payments: [renderPayment(entry.payment, entry.invoice, store)] }) : notFound(ids.uuid());
      }
    }
    // Xero creates payments with PUT (a batch) or POST (one or many); both are taken here.
    if ((request.method === 'PUT' || request.method === 'POST') && resource === 'Payments' && id === undefined) return putPayments(request);
    return notFound(ids.uuid());
  };

  return (request) => {
    const { pathname } = request.url;
    if (!pathname.startsWith(`${PREFIX}/`)) return notFound(ids.uuid());
    const denied = authenticate(request);
    if (denied) return denied;
    // Xero answers XML unless asked for JSON; the sandbox speaks only JSON and says so.
    const accept = headerValue(request.headers, 'accept') ?? '';
    if (/xml/i.test(accept) && !/json|\*\/\*/i.test(accept)) {
      return xeroProblem(406, 'Not Acceptable', 'The sandbox answers application/json only', ids.uuid());
    }
    return route(request, pathname.slice(PREFIX.length));
  };
}
