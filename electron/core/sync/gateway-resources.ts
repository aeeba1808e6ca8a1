import type { z } from 'zod';
import { GATEWAY_PATHS, type GatewayResource } from '../connectors/stripe/stripe-client';
import { cardOf, checkoutRecord, paymentFromCharge, paymentFromIntent, refundRecord, type StripeMapping } from '../connectors/stripe/stripe-records';
import {
  StripeCharge,
  StripeCheckoutSession,
  StripePaymentIntent,
  StripeRefund,
  referenceId,
} from '../connectors/stripe/stripe-schemas';
import { checkShape, convertOrFail } from '../connectors/retry/integration-failure';
import type { PaymentRecord } from '../store/records';
import type { GatewayWriter, IntentCard } from './gateway-writer';

/** A page checked and converted, ready to be written in one transaction with its cursor. */
export interface PreparedPage {
  /** Newest and oldest item on the page (lists are newest first), or null for an empty page. */
  edges: { first: { id: string; created: number }; last: { id: string; created: number } } | null;
  records: number;
  write(writer: GatewayWriter): void;
}

export type ListedResource = Exclude<GatewayResource, 'events'>;

/** How one gateway list becomes canonical records. */
export interface GatewayListSpec {
  resource: ListedResource;
  /** In words, for progress. */
  phase: string;
  prepare(items: readonly unknown[], mapping: StripeMapping, writer: GatewayWriter): PreparedPage;
}

/** "payment intent pi_123": how a record is named in errors, before its shape is known. */
export function labelOf(raw: unknown, kind: string): string {
  const id = typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'id') : undefined;
  return typeof id === 'string' ? `${kind} ${id}` : kind;
}

/** Checks each item and converts it; any failure names the record and field. */
function parseAll<T extends { id: string; created: number }>(items: readonly unknown[], schema: z.ZodType<T>, kind: string, resource: GatewayResource): T[] {
  const endpoint = `GET ${GATEWAY_PATHS[resource]}`;
  return items.map((item) => checkShape(schema, item, labelOf(item, kind), endpoint));
}

function edgesOf(items: readonly { id: string; created: number }[]): PreparedPage['edges'] {
  const first = items[0];
  const last = items[items.length - 1];
  return first && last ? { first: { id: first.id, created: first.created }, last: { id: last.id, created: last.created } } : null;
}

function convert<T>(resource: GatewayResource, work: () => T): T {
  return convertOrFail(`GET ${GATEWAY_PATHS[resource]}`, work);
}

export const PAYMENT_INTENTS: GatewayListSpec = {
  resource: 'payment_intents',
  phase: 'Payment gateway: payment intents',
  prepare(items, mapping) {
    const intents = parseAll(items, StripePaymentIntent, 'payment intent', 'payment_intents');
    const records = convert('payment_intents', () => intents.map((intent) => paymentFromIntent(intent, mapping)));
    return { edges: edgesOf(intents), records: records.length, write: (writer) => writer.payments(records) };
  },
};

/** Charges: legacy ones (no intent) are payments; the others lend their card to their intent. */
export const CHARGES: GatewayListSpec = {
  resource: 'charges',
  phase: 'Payment gateway: charges',
  prepare(items, mapping) {
    const charges = parseAll(items, StripeCharge, 'charge', 'charges');
    const { payments, cards } = convert('charges', () => splitCharges(charges, mapping));
    return {
      edges: edgesOf(charges),
      records: charges.length,
      write: (writer) => {
        writer.payments(payments);
        writer.cards(cards);
      },
    };
  },
};

export function splitCharges(charges: readonly StripeCharge[], mapping: StripeMapping): { payments: PaymentRecord[]; cards: IntentCard[] } {
  const payments: PaymentRecord[] = [];
  const cards: IntentCard[] = [];
  for (const charge of charges) {
    const paymentIntentId = referenceId(charge.payment_intent);
    if (paymentIntentId === null) payments.push(paymentFromCharge(charge, mapping));
    else cards.push({ paymentIntentId, chargeId: charge.id, ...cardOf(charge) });
  }
  return { payments, cards };
}

export const REFUNDS: GatewayListSpec = {
  resource: 'refunds',
  phase: 'Payment gateway: refunds',
  prepare(items, mapping, writer) {
    const refunds = parseAll(items, StripeRefund, 'refund', 'refunds');
    const records = convert('refunds', () => refunds.map((refund) => refundRecord(refund, mapping, (chargeId) => writer.chargeOwner(chargeId))));
    return { edges: edgesOf(refunds), records: records.length, write: (w) => w.refunds(records) };
  },
};

export const CHECKOUT_SESSIONS: GatewayListSpec = {
  resource: 'checkout_sessions',
  phase: 'Payment gateway: checkout sessions',
  prepare(items, mapping) {
    const sessions = parseAll(items, StripeCheckoutSession, 'checkout session', 'checkout_sessions');
    const records = convert('checkout_sessions', () => sessions.map((session) => checkoutRecord(session, mapping)));
    return { edges: edgesOf(sessions), records: records.length, write: (writer) => writer.checkouts(records) };
  },
};

/**
 * In this order: intents before charges, so a charge finds its intent stored and can lend it its
 * card; refunds after both, so one that names only a charge finds the payment that owns it.
 */
export const GATEWAY_LISTS: readonly GatewayListSpec[] = [PAYMENT_INTENTS, CHARGES, REFUNDS, CHECKOUT_SESSIONS];
