import { TransmissionError } from '../connectors/transmission-error';
import { GATEWAY_PATHS } from '../connectors/stripe/stripe-client';
import { checkoutRecord, paymentFromIntent, refundRecord } from '../connectors/stripe/stripe-records';
import { StripeCharge, StripeCheckoutSession, StripeEvent, StripePaymentIntent, StripeRefund } from '../connectors/stripe/stripe-schemas';
import { checkShape, convertOrFail } from '../connectors/retry/integration-failure';
import { sql } from '../db/sql';
import { throwIfCancelled } from '../jobs/job-context';
import type { GatewayPass } from './gateway-lists';
import { labelOf, splitCharges, type ListedResource } from './gateway-resources';
import type { GatewayWriter } from './gateway-writer';
import { afterPage, completed, currentRun, EMPTY_LIST_CURSOR, ListCursor } from './list-cursor';

// Changes to objects that already exist (an intent that finally succeeded, a checkout that
// completed or expired, a refund that failed) do not show up in lists read by `created`. Stripe
// records each as an event; this pass reads the events since its own high-water mark and re-reads
// every object they name *as it is now*. Events are not applied from their snapshots: listed
// newest first, an older snapshot would overwrite a newer state.
//
// Without a high-water mark (the very first sync) this pass only notes the newest event, so the
// next sync starts there, and the lists are read in full: they are current, and far cheaper than
// one request per object. Stripe keeps events for 30 days, so after a longer gap the same applies;
// and when so much changed that re-reading object by object would take more requests than
// re-reading the lists, the lists are read in full instead.

const EVENTS_ENDPOINT = `GET ${GATEWAY_PATHS.events}`;
const RETENTION_SECONDS = 29 * 86_400;
/** Re-reading fewer objects than this one by one is always worth it. */
const MIN_REFRESH_BUDGET = 500;

const RESOURCE_OF: Readonly<Record<string, ListedResource>> = {
  payment_intent: 'payment_intents',
  charge: 'charges',
  refund: 'refunds',
  'checkout.session': 'checkout_sessions',
};

/**
 * Brings changed objects up to date. Returns the gateway's clock at the start of this sync (the
 * newest event), which caps the other lists' high-water marks.
 */
export async function syncEvents(pass: GatewayPass, listResources: readonly ListedResource[]): Promise<number | null> {
  const { run, client } = pass;
  const { connector, state, tally, options } = run;
  tally.startPhase('Payment gateway: changes since the last sync');
  let cursor = state.read(connector.id, 'events', ListCursor) ?? EMPTY_LIST_CURSOR;
  /** Notes where changes start and has the lists read in full, in one transaction. */
  const markOnly = (newest: number | null): number | null => {
    run.db.transaction(() => {
      for (const resource of listResources) state.write(connector.id, resource, EMPTY_LIST_CURSOR);
      state.write(connector.id, 'events', { v: 1, hwm: newest ?? cursor.hwm, run: null });
      state.markSynced(connector.id, 'events', options.now().toISOString());
    });
    tally.pageDone(0);
    return newest ?? cursor.hwm;
  };

  if (cursor.hwm === null && cursor.run === null) {
    const newest = await run.exchange(EVENTS_ENDPOINT, async () => parseEvents((await client.list('events', { limit: 1 })).items)[0]);
    return markOnly(newest?.created ?? null);
  }

  let listRun = currentRun(cursor, options.gatewayOverlapSeconds, null);
  const refreshed = new Set<string>();
  const budget = Math.max(MIN_REFRESH_BUDGET, Math.ceil(storedRows(pass) / options.gatewayPageSize));
  for (;;) {
    throwIfCancelled(run.signal);
    const page = await run.exchange(EVENTS_ENDPOINT, async () => {
      const listed = await client.list('events', { limit: options.gatewayPageSize, startingAfter: listRun.startingAfter, createdGte: listRun.since });
      return { events: parseEvents(listed.items), hasMore: listed.hasMore };
    });
    const first = page.events[0];
    const last = page.events[page.events.length - 1];
    const fresh = listRun.startingAfter === null && listRun.top === null;
    if (fresh && first && cursor.hwm !== null && first.created - cursor.hwm > RETENTION_SECONDS) return markOnly(first.created);

    const changed = new Set(page.events.filter((event) => RESOURCE_OF[event.data.object.object]).map((event) => event.data.object.id).filter((id) => !refreshed.has(id)));
    if (first && refreshed.size + changed.size > budget) return markOnly(listRun.top ?? first.created);

    const writes: ((writer: GatewayWriter) => void)[] = [];
    for (const event of page.events) {
      const object = event.data.object;
      const resource = RESOURCE_OF[object.object];
      if (!resource || refreshed.has(object.id)) continue;
      refreshed.add(object.id);
      const write = await refresh(pass, resource, object.id, new Date(event.created * 1000).toISOString());
      if (write) writes.push(write);
    }
    const done = !page.hasMore || !first || !last;
    const next = done
      ? completed(cursor, first ? { ...listRun, top: listRun.top ?? first.created } : listRun)
      : afterPage(cursor, listRun, first, last);
    run.db.transaction(() => {
      for (const write of writes) write(pass.writer);
      state.write(connector.id, 'events', next);
      if (done) state.markSynced(connector.id, 'events', options.now().toISOString());
    });
    cursor = next;
    tally.pageDone(writes.length);
    if (done) return cursor.hwm;
    listRun = next.run ?? listRun;
  }
}

/** The gateway rows stored for this connector: a full re-read costs about this / page size requests. */
function storedRows(pass: GatewayPass): number {
  const source = pass.run.connector.id;
  const row = pass.run.db.get<{ n: number }>(sql`
    SELECT (SELECT count(*) FROM payments WHERE source = ${source})
         + (SELECT count(*) FROM refunds WHERE source = ${source})
         + (SELECT count(*) FROM checkouts WHERE source = ${source}) AS n`);
  return row?.n ?? 0;
}

function parseEvents(items: readonly unknown[]): StripeEvent[] {
  return items.map((item) => checkShape(StripeEvent, item, labelOf(item, 'event'), EVENTS_ENDPOINT));
}

/** Re-reads one object; what to write, or null when it no longer exists. */
async function refresh(pass: GatewayPass, resource: ListedResource, id: string, changedAt: string): Promise<((writer: GatewayWriter) => void) | null> {
  const { run, client, mapping } = pass;
  const endpoint = `GET ${GATEWAY_PATHS[resource]}/{id}`;
  try {
    return await run.exchange(endpoint, async () => {
      const raw = await client.retrieve(resource, id);
      return convertOrFail(endpoint, () => {
        switch (resource) {
          case 'payment_intents': {
            const payment = paymentFromIntent(checkShape(StripePaymentIntent, raw, `payment intent ${id}`, endpoint), mapping);
            const updated = { ...payment, updatedAt: changedAt > payment.updatedAt ? changedAt : payment.updatedAt };
            return (writer: GatewayWriter) => writer.payments([updated]);
          }
          case 'charges': {
            const { payments, cards } = splitCharges([checkShape(StripeCharge, raw, `charge ${id}`, endpoint)], mapping);
            return (writer: GatewayWriter) => {
              writer.payments(payments);
              writer.cards(cards);
            };
          }
          case 'refunds': {
            const refund = checkShape(StripeRefund, raw, `refund ${id}`, endpoint);
            const record = refundRecord(refund, mapping, (chargeId) => pass.writer.chargeOwner(chargeId));
            return (writer: GatewayWriter) => writer.refunds([record]);
          }
          case 'checkout_sessions': {
            const record = checkoutRecord(checkShape(StripeCheckoutSession, raw, `checkout session ${id}`, endpoint), mapping);
            return (writer: GatewayWriter) => writer.checkouts([record]);
          }
        }
      });
    });
  } catch (error) {
    // Deleted since the event: nothing left to bring up to date.
    if (error instanceof TransmissionError && error.httpStatus === 404) return null;
    throw error;
  }
}
