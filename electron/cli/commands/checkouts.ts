import { parseArgs } from 'node:util';
import { CheckoutFilter, type CheckoutRow } from '../../../shared/contract/checkouts';
import { DROP_OFF_STAGES, STAGE_LABELS, type DropOffStage } from '../../../shared/domain/checkout-stage';
import { minorToDecimal } from '../../../shared/money';
import { eachAbandoned } from '../../core/checkouts/checkout-list';
import { CheckoutSettingsRepo } from '../../core/checkouts/checkout-settings';
import { refreshCheckoutStages } from '../../core/checkouts/refresh-stages';
import { CliError } from '../cli-error';
import { openCliDatabase } from '../open-cli-database';

export const CHECKOUTS_USAGE = 'checkouts --db FILE [--stage STAGE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]';

/**
 * `paydesk checkouts`: brings the checkout stages up to date with the database and lists the
 * abandoned checkouts, newest first, with their stage of drop-off — JSON with --json, else a
 * count per stage. The threshold for open sessions is the workspace's setting.
 */
export async function checkoutsCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      stage: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.db === undefined) throw new CliError(`--db FILE is required; usage: paydesk ${CHECKOUTS_USAGE}`, 2);
  const filter = parsedFilter(values);
  const db = openCliDatabase(values.db);
  try {
    refreshCheckoutStages(db);
    const settings = new CheckoutSettingsRepo(db);
    const now = new Date();
    const rows = eachAbandoned(db, filter, settings.cutoff(now));
    if (values.json) await writeJson(rows, { as_of: now.toISOString(), abandon_after_minutes: settings.current().abandonAfterMinutes });
    else process.stdout.write(describe(rows));
  } finally {
    db.close();
  }
}

function parsedFilter(values: { stage?: string[]; from?: string; to?: string }): CheckoutFilter {
  for (const stage of values.stage ?? []) {
    if (!(DROP_OFF_STAGES as readonly string[]).includes(stage)) {
      throw new CliError(`--stage must be one of ${DROP_OFF_STAGES.join(', ')}; got "${stage}"`, 2);
    }
  }
  const parsed = CheckoutFilter.safeParse({ stages: values.stage, from: values.from, to: values.to });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`--${String(issue?.path[0] ?? 'from')} must be a day written YYYY-MM-DD`, 2);
  }
  return parsed.data;
}

/** Streams the list: a million sessions never sit in memory as one string. */
async function writeJson(rows: Iterable<CheckoutRow>, about: Record<string, unknown>): Promise<void> {
  const counts = Object.fromEntries(DROP_OFF_STAGES.map((stage) => [stage, 0])) as Record<DropOffStage, number>;
  let chunk = '{"checkouts":[';
  let first = true;
  for (const row of rows) {
    counts[row.stage] += 1;
    chunk += (first ? '' : ',') + JSON.stringify(jsonOf(row));
    first = false;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  await write(`${chunk}],"summary":${JSON.stringify({ ...about, abandoned: total, by_stage: counts })}}\n`);
}

function jsonOf(row: CheckoutRow): Record<string, unknown> {
  return {
    session_id: row.sessionId,
    stage: row.stage,
    open: row.open,
    recovered: row.recovered,
    amount_minor: row.amountMinor,
    currency: row.currency,
    started_at: row.startedAt,
    customer_name: row.customerName,
    customer_email: row.customerEmail,
    invoice_reference: row.invoiceReference,
    payment_id: row.paymentId,
    decline_reason: row.declineReason,
    recovery_url: row.recoveryUrl,
  };
}

function describe(rows: Iterable<CheckoutRow>): string {
  const stages = new Map<DropOffStage, { sessions: number; amounts: Map<string, number> }>();
  for (const row of rows) {
    const entry = stages.get(row.stage) ?? { sessions: 0, amounts: new Map<string, number>() };
    entry.sessions += 1;
    if (row.currency !== null && row.amountMinor !== null) entry.amounts.set(row.currency, (entry.amounts.get(row.currency) ?? 0) + row.amountMinor);
    stages.set(row.stage, entry);
  }
  const lines = [`${[...stages.values()].reduce((sum, entry) => sum + entry.sessions, 0)} abandoned checkouts`];
  for (const stage of DROP_OFF_STAGES) {
    const entry = stages.get(stage);
    if (!entry) continue;
    const amounts = [...entry.amounts].map(([currency, amount]) => `${minorToDecimal(amount, currency)} ${currency}`);
    lines.push(`  ${STAGE_LABELS[stage].padEnd(26)} ${String(entry.sessions).padStart(7)}  ${amounts.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function write(text: string): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(text, (error) => (error ? fail(error) : done())));
}
