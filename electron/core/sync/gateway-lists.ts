import { GATEWAY_PATHS, type GatewayClient } from '../connectors/stripe/stripe-client';
import { StaleCursorError } from '../connectors/stripe/stripe-errors';
import type { StripeMapping } from '../connectors/stripe/stripe-records';
import { throwIfCancelled } from '../jobs/job-context';
import type { ConnectorRun } from './connector-run';
import type { GatewayListSpec, PreparedPage } from './gateway-resources';
import type { GatewayWriter } from './gateway-writer';
import { afterPage, completed, currentRun, EMPTY_LIST_CURSOR, ListCursor, restarted } from './list-cursor';

export interface GatewayPass {
  run: ConnectorRun;
  client: GatewayClient;
  writer: GatewayWriter;
  mapping: StripeMapping;
}

/**
 * Reads one gateway list from where its cursor says, page by page, each page and the cursor
 * that moves past it written in one transaction. `cap` is the gateway's clock at the start of
 * this sync (see list-cursor.ts).
 */
export async function syncList(pass: GatewayPass, spec: GatewayListSpec, cap: number | null): Promise<void> {
  const { run, client, writer, mapping } = pass;
  const { connector, state, tally, options } = run;
  tally.startPhase(spec.phase);
  let cursor = state.read(connector.id, spec.resource, ListCursor) ?? EMPTY_LIST_CURSOR;
  let listRun = currentRun(cursor, options.gatewayOverlapSeconds, cap);
  const endpoint = `GET ${GATEWAY_PATHS[spec.resource]}`;
  for (;;) {
    throwIfCancelled(run.signal);
    let page: { prepared: PreparedPage; hasMore: boolean };
    try {
      page = await run.exchange(endpoint, async () => {
        const listed = await client.list(spec.resource, { limit: options.gatewayPageSize, startingAfter: listRun.startingAfter, createdGte: listRun.since });
        return { prepared: spec.prepare(listed.items, mapping, writer), hasMore: listed.hasMore };
      });
    } catch (error) {
      // The object we resumed after is gone: list the same window again from the top.
      if (error instanceof StaleCursorError && listRun.startingAfter !== null) {
        listRun = restarted(listRun);
        continue;
      }
      throw error;
    }
    const { prepared, hasMore } = page;
    const done = !hasMore || prepared.edges === null;
    const next = done ? completed(cursor, advance(listRun, prepared)) : afterPage(cursor, listRun, edges(prepared).first, edges(prepared).last);
    run.db.transaction(() => {
      prepared.write(writer);
      state.write(connector.id, spec.resource, next);
      if (done) state.markSynced(connector.id, spec.resource, options.now().toISOString());
    });
    cursor = next;
    tally.pageDone(prepared.records);
    if (done) return;
    listRun = next.run ?? listRun;
  }
}

/** The run's `top` after this page, for a page that also completes the run. */
function advance(listRun: NonNullable<ListCursor['run']>, prepared: PreparedPage): NonNullable<ListCursor['run']> {
  return prepared.edges === null ? listRun : { ...listRun, top: listRun.top ?? prepared.edges.first.created };
}

function edges(prepared: PreparedPage): NonNullable<PreparedPage['edges']> {
  if (prepared.edges === null) throw new Error('a page with more to come cannot be empty');
  return prepared.edges;
}
