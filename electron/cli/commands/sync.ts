import { parseArgs } from 'node:util';
import { TransmissionError } from '../../core/connectors/transmission-error';
import { ConnectorsRepo } from '../../core/health/connectors-repo';
import { JobCancelledError, type ProgressUpdate } from '../../core/jobs/job-context';
import { osUser } from '../../core/settings/os-user';
import { SyncFailedError, syncAndAudit } from '../../core/sync';
import { LiveConnectorError, liveConnectors } from '../../workspace/live-connectors';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const SYNC_USAGE =
  'sync --db FILE --gateway-url URL --gateway-key KEY --billing-url URL --billing-token TOKEN [--billing-tenant ID] [--json]';

/** Exit code of a run stopped by Ctrl-C, as shells report SIGINT. */
const CANCELLED_EXIT = 130;

/**
 * `paydesk sync`: pulls the gateway and billing into the database, continuing from where the last
 * sync stopped. Keys come from the flags or from PAYDESK_GATEWAY_KEY / PAYDESK_BILLING_TOKEN, so
 * they need not appear in the process list; they are never printed or logged. Ctrl-C stops
 * cleanly: every page saved so far stays saved and the next run continues from there.
 */
export async function syncCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      'gateway-url': { type: 'string' },
      'gateway-key': { type: 'string' },
      'billing-url': { type: 'string' },
      'billing-token': { type: 'string' },
      'billing-tenant': { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.db) throw new CliError(`--db is required; usage: paydesk ${SYNC_USAGE}`, 2);
  const connectors = connectorsFrom(values);
  const db = openCliDatabase(values.db);
  const controller = new AbortController();
  const progress = progressReporter(process.stderr);
  const onSignal = (): void => {
    // A second Ctrl-C means "now": the database is consistent after every page anyway.
    if (controller.signal.aborted) process.exit(CANCELLED_EXIT);
    process.stderr.write('\nStopping after the current request… (Ctrl-C again to quit at once)\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const input = { db, connectors, failures: new ConnectorsRepo(db), actor: osUser };
    const outcome = await syncAndAudit(input, { signal: controller.signal, progress: progress.update });
    progress.finish();
    process.stdout.write(values.json ? `${JSON.stringify({ ok: true, message: outcome.message, summary: outcome.summary })}\n` : `${outcome.message}\n`);
  } catch (error) {
    progress.finish();
    if (error instanceof JobCancelledError) {
      if (values.json) process.stdout.write(`${JSON.stringify({ ok: false, cancelled: true })}\n`);
      throw new CliError('sync cancelled: everything saved before the cancel is kept; run sync again to continue', CANCELLED_EXIT);
    }
    if (error instanceof TransmissionError) {
      if (values.json) {
        const summary = error instanceof SyncFailedError ? error.summary : null;
        process.stdout.write(`${JSON.stringify({ ok: false, failureClass: error.failureClass, message: error.message, summary })}\n`);
      }
      throw new CliError(`sync failed (${error.failureClass} failure at ${error.endpoint}): ${error.message}`);
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    db.close();
  }
}

function connectorsFrom(values: {
  'gateway-url'?: string;
  'gateway-key'?: string;
  'billing-url'?: string;
  'billing-token'?: string;
  'billing-tenant'?: string;
}): ReturnType<typeof liveConnectors> {
  try {
    const connectors = liveConnectors({
      gatewayUrl: values['gateway-url'],
      gatewayKey: values['gateway-key'],
      billingUrl: values['billing-url'],
      billingToken: values['billing-token'],
      billingTenant: values['billing-tenant'],
    });
    if (connectors.length === 0) throw new CliError('nothing to sync: give --gateway-url and/or --billing-url', 2);
    return connectors;
  } catch (error) {
    if (error instanceof LiveConnectorError) throw new CliError(error.message, 2);
    throw error;
  }
}

interface ProgressReporter {
  update(update: ProgressUpdate): void;
  finish(): void;
}

/**
 * On a terminal, one line redrawn in place (a bar when the total is known, at most ten times a
 * second); otherwise one line per phase, so logs stay readable.
 */
function progressReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const tty = stream.isTTY;
  let lastDraw = 0;
  let lastPhase = '';
  let drawn = false;
  return {
    update(update) {
      if (!tty) {
        if (update.phase !== lastPhase) stream.write(`${update.phase}\n`);
        lastPhase = update.phase;
        return;
      }
      const now = Date.now();
      if (now - lastDraw < 100 && update.phase === lastPhase) return;
      lastDraw = now;
      lastPhase = update.phase;
      const done = update.recordsDone.toLocaleString('en-US');
      const total = update.recordsTotal ?? null;
      const bar = total !== null && total > 0 ? `${renderBar(update.recordsDone / total)} ` : '';
      const counts = total !== null ? `${done}/${total.toLocaleString('en-US')}` : done;
      const line = `${bar}${update.phase}  ${counts} records, ${update.pagesDone ?? 0} pages`;
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns || 100) - 1)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

function renderBar(fraction: number): string {
  const width = 20;
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}
