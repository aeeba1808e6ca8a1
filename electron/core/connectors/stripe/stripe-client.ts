import Stripe from 'stripe';
import type { ConnectorConfig } from '../connector-config';
import { checkShape } from '../retry/integration-failure';
import { stripeFailure } from './stripe-errors';
import { StripeList } from './stripe-schemas';

/** The gateway lists Paydesk syncs, by their path under /v1. */
export type GatewayResource = 'payment_intents' | 'charges' | 'refunds' | 'checkout_sessions' | 'events';

export const GATEWAY_PATHS: Readonly<Record<GatewayResource, string>> = {
  payment_intents: '/v1/payment_intents',
  charges: '/v1/charges',
  refunds: '/v1/refunds',
  checkout_sessions: '/v1/checkout/sessions',
  events: '/v1/events',
};

export interface GatewayListParams {
  limit: number;
  startingAfter?: string | null;
  /** Only objects created at or after this unix time. */
  createdGte?: number | null;
  /** Only objects created at or before this unix time. */
  createdLte?: number | null;
  /** Events only: of this type. */
  type?: string;
}

export interface GatewayPage {
  /** The records as the gateway sent them; each is checked by the caller's schema. */
  items: unknown[];
  hasMore: boolean;
}

export interface GatewayClientOptions {
  /** Per request, for the whole exchange including the body. */
  timeoutMs: number;
  /** Aborts requests in flight when the job is cancelled. */
  signal: AbortSignal;
}

/** What a sync needs from the gateway: list pages and single objects, failures classified. */
export interface GatewayClient {
  list(resource: GatewayResource, params: GatewayListParams): Promise<GatewayPage>;
  retrieve(resource: Exclude<GatewayResource, 'events'>, id: string): Promise<unknown>;
}

/**
 * The gateway through Stripe's official SDK, pointed at the connector's base URL (real Stripe,
 * or the sandbox on loopback). The SDK's own retries are off so Paydesk's policy alone decides,
 * and its requests go through a fetch that also listens to the job's signal, so a cancel stops a
 * request in flight instead of waiting for its timeout.
 */
export class StripeGateway implements GatewayClient {
  private readonly stripe: Stripe;
  private lastStatus: number | null = null;

  constructor(connector: ConnectorConfig, options: GatewayClientOptions) {
    if (connector.credentials.kind !== 'gateway') throw new Error(`${connector.id} is not a gateway connector`);
    const url = new URL(connector.baseUrl);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    const signalledFetch: typeof fetch = async (input, init) => {
      const signal = init?.signal ? AbortSignal.any([init.signal, options.signal]) : options.signal;
      const response = await fetch(input, { ...init, signal });
      this.lastStatus = response.status;
      return response;
    };
    this.stripe = new Stripe(connector.credentials.apiKey, {
      host: url.hostname,
      port: url.port || (protocol === 'http' ? 80 : 443),
      protocol,
      maxNetworkRetries: 0,
      timeout: options.timeoutMs,
      // fetch rather than node:http: its errors carry no top-level code, so the SDK never makes
      // the one "closed connection" retry it otherwise allows itself even with retries off.
      httpClient: Stripe.createFetchHttpClient(signalledFetch),
      telemetry: false,
      appInfo: { name: 'Paydesk' },
    });
  }

  async list(resource: GatewayResource, params: GatewayListParams): Promise<GatewayPage> {
    const created = {
      ...(params.createdGte !== null && params.createdGte !== undefined ? { gte: params.createdGte } : {}),
      ...(params.createdLte !== null && params.createdLte !== undefined ? { lte: params.createdLte } : {}),
    };
    const query = {
      limit: params.limit,
      ...(params.startingAfter ? { starting_after: params.startingAfter } : {}),
      ...(Object.keys(created).length > 0 ? { created } : {}),
    };
    const endpoint = `GET ${GATEWAY_PATHS[resource]}`;
    const raw = await this.call(endpoint, () => {
      switch (resource) {
        case 'payment_intents':
          return this.stripe.paymentIntents.list(query);
        case 'charges':
          return this.stripe.charges.list(query);
        case 'refunds':
          return this.stripe.refunds.list(query);
        case 'checkout_sessions':
          return this.stripe.checkout.sessions.list(query);
        case 'events':
          return this.stripe.events.list({ ...query, ...(params.type ? { type: params.type } : {}) });
      }
    });
    const list = checkShape(StripeList, raw, `the ${resource.replace('_', ' ')} list`, endpoint);
    return { items: list.data, hasMore: list.has_more };
  }

  /** One object as it is now; `resource` is never events (they do not change). */
  async retrieve(resource: Exclude<GatewayResource, 'events'>, id: string): Promise<unknown> {
    const endpoint = `GET ${GATEWAY_PATHS[resource]}/{id}`;
    return this.call(endpoint, () => {
      switch (resource) {
        case 'payment_intents':
          return this.stripe.paymentIntents.retrieve(id);
        case 'charges':
          return this.stripe.charges.retrieve(id);
        case 'refunds':
          return this.stripe.refunds.retrieve(id);
        case 'checkout_sessions':
          return this.stripe.checkout.sessions.retrieve(id);
      }
    });
  }

  private async call(endpoint: string, request: () => Promise<unknown>): Promise<unknown> {
    this.lastStatus = null;
    try {
      return await request();
    } catch (error) {
      throw stripeFailure(error, endpoint, this.lastStatus);
    }
  }
}
