import { createPrng, deriveSeed } from '../prng';
import { parseInstantMs } from '../time';
import { DatasetBuilder } from './builder';
import { generateCustomers } from './customers';
import { deriveEvents } from './events';
import { TruthRecorder } from './orders-shared';
import { pickScenario, writeOrder } from './scenarios';
import type { SandboxDataset } from './types';

export const DEFAULT_SEED = 42;
/** A fixed default end of the window, so a seed alone decides the data. */
export const DEFAULT_ANCHOR = '2026-11-01T00:00:00Z';

const CUSTOMER_COUNT = 3_000;
const WINDOW_DAYS = 92;
const DAY = 86_400;

/**
 * Builds the whole seeded world: customers, about three months of orders before the anchor on
 * both the gateway and billing sides, their events, and the ground truth of what each should
 * reconcile to. Pure: the same seed and anchor give the same dataset, byte for byte.
 */
export function generateDataset(seed: number, anchor: string = DEFAULT_ANCHOR): SandboxDataset {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const anchorSeconds = Math.floor(parseInstantMs(anchor) / 1000);
  const { customers, contacts } = generateCustomers(createPrng(deriveSeed(seed, 'customers')), CUSTOMER_COUNT, anchorSeconds);

  const orderRng = createPrng(deriveSeed(seed, 'orders'));
  const builder = new DatasetBuilder(createPrng(deriveSeed(seed, 'objects')), anchorSeconds);
  const truth = new TruthRecorder();
  const ctx = { b: builder, truth };

  const orderCount = orderRng.int(10_600, 11_400);
  const windowStart = anchorSeconds - WINDOW_DAYS * DAY;
  const times: number[] = [];
  for (let i = 0; i < orderCount; i += 1) times.push(windowStart + orderRng.int(0, WINDOW_DAYS * DAY - 600));
  times.sort((a, b) => a - b);

  for (const t of times) {
    const customer = orderRng.pick(customers);
    writeOrder(pickScenario(orderRng, anchorSeconds - t), ctx, customer, t);
  }

  const events = deriveEvents(createPrng(deriveSeed(seed, 'events')), anchorSeconds, {
    paymentIntents: builder.paymentIntents,
    charges: builder.charges,
    refunds: builder.refunds,
    sessions: builder.sessions,
  });

  return {
    seed,
    anchor: new Date(anchorSeconds * 1000).toISOString(),
    customers,
    gateway: {
      paymentIntents: builder.paymentIntents,
      charges: builder.charges,
      refunds: builder.refunds,
      checkoutSessions: builder.sessions,
      events,
    },
    billing: { contacts, invoices: builder.invoices },
    truth: { invoices: truth.invoices, orphanPayments: truth.orphanPayments, suggestions: truth.suggestions, checkouts: truth.checkouts },
  };
}
