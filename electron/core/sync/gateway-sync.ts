import { StripeGateway } from '../connectors/stripe/stripe-client';
import type { ConnectorRun } from './connector-run';
import { syncEvents } from './gateway-events';
import { syncList } from './gateway-lists';
import { GATEWAY_LISTS } from './gateway-resources';
import { GatewayWriter } from './gateway-writer';

/**
 * The payment gateway: first what changed since the last sync (events), which also fixes the
 * gateway's clock for this sync, then each list from its cursor.
 */
export async function syncGateway(run: ConnectorRun): Promise<void> {
  const client = new StripeGateway(run.connector, { timeoutMs: run.options.timeoutMs, signal: run.signal });
  const writer = new GatewayWriter(run.db, run.store, run.tally);
  const pass = { run, client, writer, mapping: { source: run.connector.id, invoiceReferenceKey: run.options.invoiceReferenceKey } };
  const cap = await syncEvents(
    pass,
    GATEWAY_LISTS.map((spec) => spec.resource),
  );
  for (const spec of GATEWAY_LISTS) await syncList(pass, spec, cap);
}
