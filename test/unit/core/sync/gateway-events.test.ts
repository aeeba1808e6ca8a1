import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../../electron/core/connectors/connector-config';
import { CircuitBreakers } from '../../../../electron/core/connectors/retry/circuit-breaker';
import type { GatewayClient, GatewayListParams, GatewayPage, GatewayResource } from '../../../../electron/core/connectors/stripe/stripe-client';
import { TransmissionError } from '../../../../electron/core/connectors/transmission-error';
import { openDatabase } from '../../../../electron/core/db/open-database';
import { sql } from '../../../../electron/core/db/sql';
import { ConnectorsRepo } from '../../../../electron/core/health/connectors-repo';
import { createConnectorRun } from '../../../../electron/core/sync/connector-run';
import { syncEvents } from '../../../../electron/core/sync/gateway-events';
import { GATEWAY_LISTS } from '../../../../electron/core/sync/gateway-resources';
import { GatewayWriter } from '../../../../electron/core/sync/gateway-writer';
import { resolveSyncOptions } from '../../../../electron/core/sync/sync-options';
import { SyncTally } from '../../../../electron/core/sync/sync-tally';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();
const DAY = 86_400;

const connector: ConnectorConfig = { id: 'gw', kind: 'gateway', name: 'Gateway', mode: 'sandbox', baseUrl: 'http://127.0.0.1:1', credentials: { kind: 'gateway', apiKey: 'sk_test' } };

interface FakeEvent {
  id: string;
  object: 'event';
  type: string;
  created: number;
  data: { object: { id: string; object: string } };
}

function event(n: number, created: number, objectType: string, objectId: string): FakeEvent {
  return { id: `evt_${n}`, object: 'event', type: `${objectType}.updated`, created, data: { object: { id: objectId, object: objectType } } };
}

function intent(id: string, status: string): Record<string, unknown> {
  return { id, object: 'payment_intent', amount: 1000, currency: 'usd', status, created: 900, customer: null, receipt_email: null, metadata: {}, latest_charge: null };
}

/** A gateway whose events list behaves like Stripe's and whose objects are whatever the test says. */
class FakeGateway implements GatewayClient {
  readonly retrieved: string[] = [];
  constructor(
    private readonly events: FakeEvent[],
    private readonly objects: Map<string, unknown>,
  ) {
    this.events.sort((a, b) => b.created - a.created);
  }

  async list(resource: GatewayResource, params: GatewayListParams): Promise<GatewayPage> {
    if (resource !== 'events') throw new Error(`unexpected list of ${resource}`);
    const matching = this.events.filter((item) => params.createdGte === null || params.createdGte === undefined || item.created >= params.createdGte);
    const start = params.startingAfter ? matching.findIndex((item) => item.id === params.startingAfter) + 1 : 0;
    return { items: matching.slice(start, start + params.limit), hasMore: start + params.limit < matching.length };
  }

  async retrieve(resource: Exclude<GatewayResource, 'events'>, id: string): Promise<unknown> {
    this.retrieved.push(id);
    const object = this.objects.get(id);
    if (!object) throw new TransmissionError('integration', `GET /v1/${resource}/{id}`, `HTTP 404: No such object: '${id}'`, 404);
    return object;
  }
}

function setup(events: FakeEvent[], objects: Map<string, unknown>) {
  const opened = openDatabase(join(tempDir(), 'paydesk.db'));
  if (opened.state !== 'ready') throw new Error('expected a ready database');
  const db = opened.db;
  const failures = new ConnectorsRepo(db);
  failures.upsert(connector);
  const tally = new SyncTally({ signal: new AbortController().signal, progress: () => undefined });
  const options = resolveSyncOptions({ breakers: new CircuitBreakers(), backoff: { baseDelayMs: 1, maxAttempts: 2 } });
  const run = createConnectorRun({ connector, db, failures, tally, signal: new AbortController().signal, options });
  const client = new FakeGateway(events, objects);
  const writer = new GatewayWriter(db, run.store, tally);
  const pass = { run, client, writer, mapping: { source: connector.id, invoiceReferenceKey: 'invoice_number' } };
  const resources = GATEWAY_LISTS.map((spec) => spec.resource);
  const cursor = (resource: string): unknown => JSON.parse(db.get<{ cursor: string }>(sql`SELECT cursor FROM sync_state WHERE connector_id = 'gw' AND resource = ${resource}`)?.cursor ?? 'null');
  return { db, run, pass, client, writer, resources, cursor };
}

describe('the gateway events pass', () => {
  it('on a first sync only notes the newest event, and has the lists read in full', async () => {
    const { pass, client, resources, cursor } = setup([event(1, 1_000, 'payment_intent', 'pi_1'), event(2, 1_200, 'payment_intent', 'pi_2')], new Map());
    expect(await syncEvents(pass, resources)).toBe(1_200);
    expect(cursor('events')).toEqual({ v: 1, hwm: 1_200, run: null });
    expect(cursor('payment_intents')).toEqual({ v: 1, hwm: null, run: null });
    expect(client.retrieved).toEqual([]);
  });

  it('re-reads each changed object once, as it is now, and skips one deleted since', async () => {
    const events = [
      event(1, 1_050, 'payment_intent', 'pi_1'),
      event(2, 1_100, 'payment_intent', 'pi_1'),
      event(3, 1_080, 'refund', 're_gone'),
      event(4, 1_090, 'customer', 'cus_1'),
      event(5, 900, 'payment_intent', 'pi_old'),
    ];
    const { db, run, pass, client, writer, resources, cursor } = setup(events, new Map([['pi_1', intent('pi_1', 'succeeded')]]));
    run.db.transaction(() => writer.payments([{ id: 'pi_1', chargeId: null, source: 'gw', status: 'requires_action', amountMinor: 1000, currency: 'USD', customerId: null, customerEmail: null, invoiceReference: null, cardBrand: null, cardLast4: null, createdAt: '1970-01-01T00:15:00.000Z', updatedAt: '1970-01-01T00:15:00.000Z', raw: {} }]));
    run.state.write('gw', 'events', { v: 1, hwm: 1_000, run: null });

    expect(await syncEvents(pass, resources)).toBe(1_100);
    // pi_old changed inside the overlap below the mark, so it is looked at again (and is gone).
    expect(client.retrieved).toEqual(['pi_1', 're_gone', 'pi_old']);
    expect(db.get(sql`SELECT status, updated_at FROM payments WHERE id = 'pi_1'`)).toEqual({ status: 'succeeded', updated_at: '1970-01-01T00:18:20.000Z' });
    expect(cursor('events')).toEqual({ v: 1, hwm: 1_100, run: null });
  });

  it('reads the lists in full again after a gap longer than Stripe keeps events', async () => {
    const { pass, client, resources, cursor, run } = setup([event(1, 1_000 + 30 * DAY, 'payment_intent', 'pi_1')], new Map([['pi_1', intent('pi_1', 'succeeded')]]));
    run.state.write('gw', 'events', { v: 1, hwm: 1_000, run: null });
    run.state.write('gw', 'payment_intents', { v: 1, hwm: 990, run: null });
    expect(await syncEvents(pass, resources)).toBe(1_000 + 30 * DAY);
    expect(client.retrieved).toEqual([]);
    expect(cursor('payment_intents')).toEqual({ v: 1, hwm: null, run: null });
  });

  it('switches to reading the lists when so much changed that one request per object would cost more', async () => {
    const events = Array.from({ length: 700 }, (_, n) => event(n, 2_000 + n, 'payment_intent', `pi_${n}`));
    const objects = new Map(events.map((item) => [item.data.object.id, intent(item.data.object.id, 'succeeded')]));
    const { pass, client, resources, cursor, run } = setup(events, objects);
    run.state.write('gw', 'events', { v: 1, hwm: 1_900, run: null });
    run.state.write('gw', 'charges', { v: 1, hwm: 1_900, run: null });
    expect(await syncEvents(pass, resources)).toBe(2_699);
    expect(client.retrieved).toHaveLength(500);
    expect(cursor('events')).toEqual({ v: 1, hwm: 2_699, run: null });
    expect(cursor('charges')).toEqual({ v: 1, hwm: null, run: null });
  });
});
