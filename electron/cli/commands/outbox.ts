import { parseArgs } from 'node:util';
import { OUTBOX_STATES, OutboxState, type OutboxRow } from '../../../shared/contract/outbox';
import { minorToDecimal } from '../../../shared/money';
import type { Database } from '../../core/db/database';
import { billingClients } from '../../core/outbox/billing-clients';
import { actOnOutbox } from '../../core/outbox/outbox-actions';
import { listOutbox, outboxIdsMatching, outboxRowsWithIds } from '../../core/outbox/outbox-query';
import { OutboxWorker } from '../../core/outbox/outbox-worker';
import { DEFAULT_RETRY_SCHEDULE } from '../../core/outbox/retry-schedule';
import { osUser } from '../../core/settings/os-user';
import { stderrLogger } from '../../core/util/logger';
import { LiveConnectorError, liveConnectors } from '../../workspace/live-connectors';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const OUTBOX_USAGE =
  'outbox list|retry [--all-failed] [--id N]... --db FILE [--state S]... [--remark TEXT] [--billing-url URL --billing-token TOKEN [--billing-tenant ID]] [--json]';

/** More rows than anyone reads in a terminal; --json callers page through the console instead. */
const LIST_LIMIT = 10_000;

/**
 * `paydesk outbox list` prints the queue; `paydesk outbox retry` makes the chosen rows (or, with
 * --all-failed, every failed and dead-lettered one) due now, and — given billing credentials —
 * sends them at once, each checked against billing first. Without credentials the rows wait for
 * the console, which sends them when it next runs.
 */
export async function outboxCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      'all-failed': { type: 'boolean' },
      id: { type: 'string', multiple: true },
      state: { type: 'string', multiple: true },
      remark: { type: 'string' },
      'billing-url': { type: 'string' },
      'billing-token': { type: 'string' },
      'billing-tenant': { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  const [action, ...extra] = positionals;
  if ((action !== 'list' && action !== 'retry') || extra.length > 0) throw new CliError(`usage: paydesk ${OUTBOX_USAGE}`, 2);
  if (!values.db) throw new CliError(`--db is required; usage: paydesk ${OUTBOX_USAGE}`, 2);
  const states = (values.state ?? []).map(checkedState);
  const db = openCliDatabase(values.db);
  try {
    if (action === 'list') printRows(listOutbox(db, { states }, 0, LIST_LIMIT).rows, values.json === true);
    else await retry(db, values);
  } finally {
    db.close();
  }
}

interface RetryFlags {
  'all-failed'?: boolean;
  id?: string[];
  remark?: string;
  'billing-url'?: string;
  'billing-token'?: string;
  'billing-tenant'?: string;
  json?: boolean;
}

async function retry(db: Database, flags: RetryFlags): Promise<void> {
  const ids = [...(flags['all-failed'] ? outboxIdsMatching(db, { states: ['failed', 'dead'] }) : []), ...(flags.id ?? []).map(checkedId)];
  if (!flags['all-failed'] && ids.length === 0) throw new CliError('say which rows to retry: --id N (repeatable) or --all-failed', 2);
  const remark = flags.remark ?? `paydesk outbox retry${flags['all-failed'] ? ' --all-failed' : ''} from the command line`;
  const outcome = actOnOutbox(db, 'retry', ids, { actor: osUser(), now: new Date(), remark, maxAttempts: DEFAULT_RETRY_SCHEDULE.maxAttempts });
  process.stderr.write(`${outcome.changed} row(s) queued again${outcome.skipped > 0 ? `, ${outcome.skipped} skipped (in flight or recorded)` : ''}\n`);

  const billing = billingConnector(flags);
  if (!billing) {
    process.stderr.write('No billing credentials given: the console sends them when it next runs (or pass --billing-url).\n');
    printRows(outboxRowsWithIds(db, ids), flags.json === true);
    return;
  }
  const worker = new OutboxWorker({
    db,
    // The rows name the console's connector; from the command line, the billing system given on it stands for every one.
    billingFor: billingClients(() => billing),
    actor: osUser,
    logger: stderrLogger,
    announce: () => undefined,
  });
  const stop = (): void => void worker.stop();
  process.once('SIGINT', stop);
  try {
    await worker.drainDue();
  } finally {
    process.off('SIGINT', stop);
  }
  const rows = outboxRowsWithIds(db, ids);
  printRows(rows, flags.json === true);
  if (rows.some((row) => row.kind === 'webhook_event' && row.state !== 'succeeded')) {
    process.stderr.write('Events for the webhook endpoint are sent by the console, which holds its signing secret.\n');
  }
  const unsent = rows.filter((row) => row.state !== 'succeeded');
  if (unsent.length > 0) throw new CliError(`${unsent.length} of ${rows.length} not recorded yet: ${describeStates(unsent)}`);
}

function billingConnector(flags: RetryFlags): ReturnType<typeof liveConnectors>[number] | null {
  if (!flags['billing-url']) return null;
  try {
    return liveConnectors({ billingUrl: flags['billing-url'], billingToken: flags['billing-token'], billingTenant: flags['billing-tenant'] })[0] ?? null;
  } catch (error) {
    if (error instanceof LiveConnectorError) throw new CliError(error.message, 2);
    throw error;
  }
}

function printRows(rows: readonly OutboxRow[], json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ rows })}\n`);
    return;
  }
  for (const row of rows) {
    const amount = `${minorToDecimal(row.amountMinor, row.currency)} ${row.currency}`;
    const why = row.state === 'succeeded' ? `billing payment ${row.billingPaymentId ?? '?'}` : (row.lastError ?? '');
    const next = row.nextAttemptAt ? ` next ${row.nextAttemptAt}` : '';
    const what = row.kind === 'billing_payment' ? 'billing' : `webhook ${row.eventType ?? ''}`;
    process.stdout.write(`${row.id}\t${what}\t${row.state}\t${row.failureClass ?? '-'}\t${row.attempts}/${row.maxAttempts}\t${row.invoiceNumber ?? '-'}\t${row.paymentId}\t${amount}\t${why}${next}\n`);
  }
}

function describeStates(rows: readonly OutboxRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  return [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
}

function checkedState(text: string): OutboxState {
  const checked = OutboxState.safeParse(text);
  if (!checked.success) throw new CliError(`--state ${text}: expected one of ${OUTBOX_STATES.join(', ')}`, 2);
  return checked.data;
}

function checkedId(text: string): number {
  if (!/^[1-9]\d{0,15}$/.test(text)) throw new CliError(`--id ${text}: expected a row number`, 2);
  return Number(text);
}
