import { NO_FAULTS } from '../../shared/contract/sandbox';
import type { FaultSpec, SandboxServerName } from '../../shared/contract/sandbox';
import { createXeroDialect } from './billing/errors';
import { createBillingHandler } from './billing/handler';
import { DEFAULT_ANCHOR, DEFAULT_SEED, generateDataset } from './dataset/generate';
import type { SandboxDataset } from './dataset/types';
import { createStripeDialect } from './gateway/errors';
import { createGatewayHandler } from './gateway/handler';
import { startServerHost } from './http/server-host';
import type { SandboxServer, SandboxServerHandle } from './http/server-host';
import { createPrng, deriveSeed } from './prng';
import { createSandboxClock, parseInstantMs } from './time';

// The built-in sandbox: a Stripe-compatible gateway and a Xero-compatible billing API on
// loopback, seeded with a known world and able to misbehave on request.

export { generateDataset, DEFAULT_ANCHOR, DEFAULT_SEED } from './dataset/generate';
export { parseFaultSpec } from './parse-fault-spec';
export { startSandboxControl } from './control';
export type { SandboxControl } from './control';
export type { SandboxServer } from './http/server-host';
export { CHECKOUT_STAGES, RECONCILIATION_CLASSES, SANDBOX_CURRENCIES } from './dataset/types';
export type * from './dataset/types';

export interface SandboxOptions {
  /** Decides all generated data and the sequence of injected faults. Default 42. */
  seed?: number;
  /** 0 or absent: a free port. */
  gatewayPort?: number;
  billingPort?: number;
  /** ISO instant that ends the data window; default 2026-11-01T00:00:00Z so a seed alone decides the data. */
  anchor?: string;
  faults?: Partial<Record<SandboxServerName, Partial<FaultSpec>>>;
}

export interface SandboxCredentials {
  gatewayKey: string;
  billingToken: string;
  billingTenantId: string;
}

export interface Sandbox {
  readonly seed: number;
  readonly gateway: SandboxServer;
  readonly billing: SandboxServer;
  readonly credentials: SandboxCredentials;
  /** The data as seeded: the ground truth. Run-time changes (refunds, payments) live in the servers. */
  readonly dataset: SandboxDataset;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = options.anchor ?? DEFAULT_ANCHOR;
  const dataset = generateDataset(seed, anchor);
  const clock = createSandboxClock(parseInstantMs(anchor));
  const credentials: SandboxCredentials = {
    gatewayKey: 'sk_test_sandbox',
    billingToken: 'sandbox-billing-token',
    billingTenantId: createPrng(deriveSeed(seed, 'tenant')).uuid(),
  };
  const faultsFor = (name: SandboxServerName): FaultSpec => ({ ...NO_FAULTS, ...options.faults?.[name] });

  const gateway = await startServerHost({
    name: 'gateway',
    port: options.gatewayPort ?? 0,
    handler: createGatewayHandler({ dataset, apiKey: credentials.gatewayKey, clock }),
    dialect: createStripeDialect(),
    faultSeed: deriveSeed(seed, 'gateway-faults'),
    faults: faultsFor('gateway'),
  });
  let billing: SandboxServerHandle;
  try {
    billing = await startServerHost({
      name: 'billing',
      port: options.billingPort ?? 0,
      handler: createBillingHandler({ dataset, accessToken: credentials.billingToken, tenantId: credentials.billingTenantId, clock }),
      dialect: createXeroDialect(createPrng(deriveSeed(seed, 'billing-correlation'))),
      faultSeed: deriveSeed(seed, 'billing-faults'),
      faults: faultsFor('billing'),
    });
  } catch (error) {
    await gateway.close();
    throw error;
  }

  return {
    seed,
    gateway: publicView(gateway),
    billing: publicView(billing),
    credentials,
    dataset,
    close: async () => {
      await Promise.all([gateway.close(), billing.close()]);
    },
  };
}

/** The server without its close(): only the sandbox as a whole is closed by its owner. */
function publicView(handle: SandboxServerHandle): SandboxServer {
  return { name: handle.name, url: handle.url, port: handle.port, faults: () => handle.faults(), setFaults: (patch) => handle.setFaults(patch) };
}
