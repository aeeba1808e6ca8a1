import type { SandboxDataset } from '../dataset/types';
import { IdempotencyStore, canonicalForm } from '../http/idempotency';
import type { RequestHandler, SandboxRequest, SandboxResponse } from '../http/types';
import { headerValue, jsonResponse } from '../http/types';
import { createPrng, deriveSeed } from '../prng';
import type { SandboxClock } from '../time';
import { createRefund } from './create-refund';
import { invalidRequest, noSuchObject, stripeError } from './errors';
import { listResponse } from './list';
import type { ListRoute } from './list';
import { renderBalance, renderCheckoutSession, renderEvent } from './render-other';
import { renderCharge, renderPaymentIntent, renderRefund } from './render-payments';
import { GatewayStore } from './store';

export interface GatewayOptions {
  readonly dataset: SandboxDataset;
  readonly apiKey: string;
  readonly clock: SandboxClock;
}

const RESOURCE_PATH = /^\/v1\/(payment_intents|charges|refunds|checkout\/sessions|events)(?:\/([^/]+))?$/;

function maskKey(key: string): string {
  return key.length <= 4 ? '****' : `${key.slice(0, key.indexOf('_', 3) + 1)}****${key.slice(-4)}`;
}

function authenticate(request: SandboxRequest, apiKey: string): SandboxResponse | null {
  const header = headerValue(request.headers, 'authorization') ?? '';
  const [scheme = '', credential = ''] = header.split(' ', 2);
  // Stripe takes the key as a bearer token or as the Basic auth user name.
  const given = /^bearer$/i.test(scheme)
    ? credential
    : /^basic$/i.test(scheme)
      ? Buffer.from(credential, 'base64').toString('utf8').split(':')[0] ?? ''
      : '';
  if (given === apiKey) return null;
  const challenge = { 'WWW-Authenticate': 'Basic realm="Stripe"' };
  if (given === '') {
    return stripeError(401, { type: 'invalid_request_error', message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')." }, challenge);
  }
  return stripeError(401, { type: 'invalid_request_error', code: 'api_key_invalid', message: `Invalid API Key provided: ${maskKey(given)}` }, challenge);
}

/** A resource's list and retrieve endpoints, with its object type closed over. */
interface Route {
  readonly kind: string;
  list(params: URLSearchParams): SandboxResponse;
  retrieve(id: string): SandboxResponse | null;
}

function route<T extends { readonly id: string; readonly created: number }>(spec: ListRoute<T>): Route {
  return {
    kind: spec.kind,
    list: (params) => listResponse(spec, params),
    retrieve: (id) => {
      const item = spec.list.get(id);
      return item ? jsonResponse(200, spec.render(item)) : null;
    },
  };
}

function unrecognized(request: SandboxRequest): SandboxResponse {
  return stripeError(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${request.url.pathname}).` });
}

/** Stripe-compatible routes over the seeded gateway data. */
export function createGatewayHandler(options: GatewayOptions): RequestHandler {
  const store = new GatewayStore(options.dataset);
  const idempotency = new IdempotencyStore();
  const ids = createPrng(deriveSeed(options.dataset.seed, 'gateway-runtime-ids'));

  const routes: Readonly<Record<string, Route>> = {
    payment_intents: route({ kind: 'payment_intent', url: '/v1/payment_intents', list: store.paymentIntents, render: renderPaymentIntent, filters: { customer: (item, value) => item.customerId === value } }),
    charges: route({ kind: 'charge', url: '/v1/charges', list: store.charges, render: (item) => renderCharge(item, store), filters: { customer: (item, value) => item.customerId === value, payment_intent: (item, value) => item.paymentIntentId === value } }),
    refunds: route({ kind: 'refund', url: '/v1/refunds', list: store.refunds, render: renderRefund, filters: { charge: (item, value) => item.chargeId === value, payment_intent: (item, value) => item.paymentIntentId === value } }),
    'checkout/sessions': route({ kind: 'checkout.session', url: '/v1/checkout/sessions', list: store.checkoutSessions, render: renderCheckoutSession, filters: { customer: (item, value) => item.customerId === value, payment_intent: (item, value) => item.paymentIntentId === value, status: (item, value) => item.status === value } }),
    events: route({ kind: 'event', url: '/v1/events', list: store.events, render: (item) => renderEvent(item, store), filters: { type: (item, value) => (value.endsWith('.*') ? item.type.startsWith(value.slice(0, -1)) : item.type === value) } }),
  };

  const postRefund = (request: SandboxRequest): SandboxResponse => {
    if (/json/i.test(headerValue(request.headers, 'content-type') ?? '')) {
      return invalidRequest('Request bodies must be form-encoded (application/x-www-form-urlencoded), as Stripe takes them.');
    }
    const params = new URLSearchParams(request.body);
    const execute = (): SandboxResponse => createRefund(store, params, options.clock.nowSeconds(), ids);
    const key = headerValue(request.headers, 'idempotency-key');
    if (key === undefined) return execute();
    if (key.length === 0 || key.length > 255) return invalidRequest('Idempotency-Key must be between 1 and 255 characters long.');
    const outcome = idempotency.run(key, `POST /v1/refunds?${canonicalForm(params)}`, execute);
    if (outcome.kind !== 'conflict') return outcome.response;
    return stripeError(400, { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.` });
  };

  const getResource = (request: SandboxRequest): SandboxResponse => {
    const { pathname, searchParams } = request.url;
    if (pathname === '/v1/balance') return jsonResponse(200, renderBalance(store));
    const match = RESOURCE_PATH.exec(pathname);
    const resource = match?.[1] === undefined ? undefined : routes[match[1]];
    if (!match || !resource) return unrecognized(request);
    const id = match[2];
    if (id === undefined) return resource.list(searchParams);
    const unknown = [...searchParams.keys()][0];
    if (unknown !== undefined) return invalidRequest(`Received unknown parameter: ${unknown}`, unknown);
    // Ids are plain ASCII; a percent-escape in one can only be a mistake, answered as unknown.
    return resource.retrieve(id) ?? noSuchObject(resource.kind, id, 'id');
  };

  return (request) => {
    const denied = authenticate(request, options.apiKey);
    if (denied) return denied;
    if (request.method === 'GET') return getResource(request);
    if (request.method === 'POST' && request.url.pathname === '/v1/refunds') return postRefund(request);
    return unrecognized(request);
  };
}
