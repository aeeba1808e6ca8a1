import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DateOrder, ImportFormat } from '../../../shared/contract/imports';
import { createImportService } from '../../core/import/import-service';
import { ImportProblemsError } from '../../core/import/problems';
import { FileChangedError } from '../../core/import/row-converter';
import { JobCancelledError, type JobContext, type ProgressUpdate } from '../../core/jobs/job-context';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const IMPORT_USAGE =
  'import --db FILE --preset stripe-balance-report|xero-invoices|mapping:NAME [--date-order dmy|mdy|ymd] [--invoice-reference-key KEY] [--json] FILE';

const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

/**
 * `paydesk import`: one CSV file into a database, all of it or nothing. Progress goes to stderr
 * (a bar on a terminal, occasional lines otherwise); the summary to stdout; Ctrl-C cancels
 * before anything is written. A file with problems exits non-zero naming the first one.
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      preset: { type: 'string' },
      'date-order': { type: 'string' },
      'invoice-reference-key': { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.db === undefined) throw new CliError(`--db FILE is required; usage: paydesk ${IMPORT_USAGE}`, 2);
  if (positionals.length !== 1) throw new CliError(`name exactly one FILE to import; usage: paydesk ${IMPORT_USAGE}`, 2);
  const format = parseFormat(values.preset, values['date-order'], values['invoice-reference-key']);
  const file = resolve(positionals[0] ?? '');

  const db = openCliDatabase(values.db);
  const controller = new AbortController();
  const onInterrupt = (): void => {
    // A second Ctrl-C stops at once: the first has already made sure nothing is committed.
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  const progress = progressDisplay(process.stderr);
  try {
    const service = createImportService({ db });
    const context: JobContext = { signal: controller.signal, progress: (update) => progress.update(update) };
    const outcome = await service.run({ kind: 'path', path: file }, format, context);
    progress.clear();
    process.stdout.write(values.json ? `${JSON.stringify(outcome.summary)}\n` : `${outcome.message}\n`);
  } catch (error) {
    progress.clear();
    if (error instanceof ImportProblemsError || error instanceof FileChangedError) throw new CliError(error.message);
    if (error instanceof JobCancelledError) throw new CliError('import cancelled; nothing was imported', 130);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    db.close();
  }
}

function parseFormat(preset: string | undefined, dateOrder: string | undefined, invoiceReferenceKey: string | undefined): ImportFormat {
  if (preset === undefined) throw new CliError('--preset is required: stripe-balance-report, xero-invoices or mapping:NAME', 2);
  const order = dateOrder === undefined ? undefined : DATE_ORDERS.find((candidate) => candidate === dateOrder);
  if (dateOrder !== undefined && order === undefined) throw new CliError(`--date-order must be dmy, mdy or ymd, got "${dateOrder}"`, 2);
  if (preset.startsWith('mapping:')) {
    const name = preset.slice('mapping:'.length);
    if (name === '') throw new CliError('--preset mapping:NAME needs the name of a saved mapping', 2);
    return { kind: 'mapping', name };
  }
  if (preset !== 'stripe-balance-report' && preset !== 'xero-invoices') {
    throw new CliError(`--preset must be stripe-balance-report, xero-invoices or mapping:NAME, got "${preset}"`, 2);
  }
  if (invoiceReferenceKey !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(invoiceReferenceKey)) {
    throw new CliError(`--invoice-reference-key must be a metadata key (letters, digits, _ . -), got "${invoiceReferenceKey}"`, 2);
  }
  return {
    kind: 'preset',
    preset,
    ...(order === undefined ? {} : { dateOrder: order }),
    ...(invoiceReferenceKey === undefined ? {} : { invoiceReferenceKey }),
  };
}

interface ProgressDisplay {
  update(update: ProgressUpdate): void;
  /** Removes a drawn bar so what follows starts on a clean line. */
  clear(): void;
}

const BAR_WIDTH = 24;

/** A one-line bar redrawn in place on a terminal; a line per phase and every few seconds otherwise. */
export function progressDisplay(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressDisplay {
  const tty = stream.isTTY === true;
  const everyMs = tty ? 100 : 5000;
  let lastPhase = '';
  let lastAt = 0;
  let drawn = false;
  return {
    update(update) {
      const at = now();
      if (update.phase === lastPhase && at - lastAt < everyMs) return;
      lastPhase = update.phase;
      lastAt = at;
      const line = describe(update);
      if (tty) {
        stream.write(`\r\u001b[K${bar(update)} ${line}`);
        drawn = true;
      } else {
        stream.write(`${line}\n`);
      }
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}

function describe(update: ProgressUpdate): string {
  const done = update.recordsDone.toLocaleString('en-US');
  const total = update.recordsTotal ? `/${update.recordsTotal.toLocaleString('en-US')}` : '';
  const unit = update.phase === 'Saving' ? 'records' : 'rows';
  return `${update.phase}: ${done}${total} ${unit}`;
}

function bar(update: ProgressUpdate): string {
  if (!update.recordsTotal) return `[${'·'.repeat(BAR_WIDTH)}]`;
  const filled = Math.min(BAR_WIDTH, Math.round((update.recordsDone / update.recordsTotal) * BAR_WIDTH));
  return `[${'#'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}]`;
}
