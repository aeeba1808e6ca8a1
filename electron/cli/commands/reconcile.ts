import { parseArgs } from 'node:util';
import { Period } from '../../../shared/contract/reconcile';
import { minorToDecimal } from '../../../shared/money';
import type { Database } from '../../core/db/database';
import { JobCancelledError } from '../../core/jobs/job-context';
import { reportItems, reportSummary, type ReportSummary } from '../../core/reconcile/report/reconcile-report';
import { runReconciliation } from '../../core/reconcile/run-reconciliation';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const RECONCILE_USAGE = 'reconcile --db FILE [--period YYYY-MM] [--full] --json';

/**
 * `paydesk reconcile`: brings the database's reconciliation up to date (only what changed since
 * the last run, unless --full) and prints every item — one per invoice, one per orphan payment —
 * as DESIGN.md's JSON on stdout, or a summary by class without --json.
 */
export async function reconcileCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, period: { type: 'string' }, full: { type: 'boolean' }, json: { type: 'boolean' } },
    strict: true,
  });
  if (values.db === undefined) throw new CliError(`--db FILE is required; usage: paydesk ${RECONCILE_USAGE}`, 2);
  if (values.period !== undefined && !Period.safeParse(values.period).success) {
    throw new CliError(`--period must be a month written YYYY-MM, got "${values.period}"`, 2);
  }
  const period = values.period ?? null;
  const db = openCliDatabase(values.db);
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.on('SIGINT', onInterrupt);
  try {
    const run = await runReconciliation(db, {
      now: () => new Date(),
      signal: controller.signal,
      full: values.full === true,
      onProgress: (update) => process.stderr.isTTY && process.stderr.write(`\r${update.phase}…\x1b[K`),
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (run) process.stderr.write(`reconciled ${run.invoicesEvaluated + run.paymentsEvaluated} records (${run.mode}) in ${run.durationMs} ms\n`);
    if (values.json) await writeJson(db, period);
    else process.stdout.write(describe(reportSummary(db, period)));
  } catch (error) {
    if (error instanceof JobCancelledError) throw new CliError('reconciliation cancelled; the stored results are as before', 130);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    db.close();
  }
}

/** Streams the report: a million items never sit in memory as one string. */
async function writeJson(db: Database, period: string | null): Promise<void> {
  let chunk = `{"summary":${JSON.stringify(reportSummary(db, period))},"items":[`;
  let first = true;
  for (const item of reportItems(db, period)) {
    chunk += (first ? '' : ',') + JSON.stringify(item);
    first = false;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}]}\n`);
}

function write(text: string): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(text, (error) => (error ? fail(error) : done())));
}

function describe(summary: ReportSummary): string {
  const lines = [`${summary.items} items${summary.period ? ` in ${summary.period}` : ''}`];
  for (const [cls, count] of Object.entries(summary.by_class)) {
    const stakes = Object.entries(summary.amount_at_stake_minor[cls as keyof ReportSummary['by_class']] ?? {})
      .filter(([, amount]) => amount > 0)
      .map(([currency, amount]) => `${minorToDecimal(amount, currency)} ${currency}`);
    lines.push(`  ${cls.padEnd(22)} ${String(count).padStart(8)}${stakes.length > 0 ? `  at stake ${stakes.join(', ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
