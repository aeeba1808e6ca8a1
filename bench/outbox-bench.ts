import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAudit } from '../electron/core/audit/audit-log';
import type { ConnectorConfig } from '../electron/core/connectors/connector-config';
import { openDatabase } from '../electron/core/db/open-database';
import { billingClients } from '../electron/core/outbox/billing-clients';
import { OutboxWorker } from '../electron/core/outbox/outbox-worker';
import { queuePosting } from '../electron/core/outbox/queue-posting';
import type { RetrySchedule } from '../electron/core/outbox/retry-schedule';
import { startSandbox } from '../electron/sandbox';
import type { FaultSpec } from '../shared/contract/sandbox';
import { amountDueMinor } from '../electron/sandbox/dataset/invoice-math';
import { report, timed } from './measure';

const POSTINGS = 800;
const QUICK: RetrySchedule = { baseDelayMs: { connection: 10, system: 10 }, maxDelayMs: 100, maxAttempts: 1_000 };
const quiet = { info: () => undefined, error: () => undefined };

/** Postings through the outbox to the sandbox's billing: each one checked, posted and its invoice refreshed. */
async function drain(label: string, faults: Partial<FaultSpec>, concurrency: number): Promise<void> {
  const sandbox = await startSandbox({ seed: 42, faults: { billing: faults } });
  const dir = mkdtempSync(join(tmpdir(), 'paydesk-outbox-bench-'));
  const opened = openDatabase(join(dir, 'bench.db'));
  if (opened.state !== 'ready') throw new Error(opened.state);
  const { db } = opened;
  const connector: ConnectorConfig = {
    id: 'billing', kind: 'billing', name: 'Billing', mode: 'sandbox', baseUrl: sandbox.billing.url,
    credentials: { kind: 'billing', accessToken: sandbox.credentials.billingToken, tenantId: sandbox.credentials.billingTenantId },
  };
  const invoices = sandbox.dataset.billing.invoices.filter((invoice) => amountDueMinor(invoice) > 0).slice(0, POSTINGS);
  db.transaction(() => {
    invoices.forEach((invoice, index) =>
      queuePosting(
        db,
        { connectorId: 'billing', invoiceNumber: invoice.invoiceNumber, invoiceExternalId: invoice.invoiceId, accountCode: '090', paidOn: '2026-10-30', amountMinor: amountDueMinor(invoice), currency: invoice.currency, reference: `pi_bench_${index}`, itemKey: null },
        { actor: 'bench', now: new Date(), maxAttempts: 1_000, reason: null },
      ),
    );
  });
  const worker = new OutboxWorker({ db, billingFor: billingClients(() => connector, 300), actor: () => 'bench', logger: quiet, announce: () => undefined, schedule: QUICK, concurrency });
  const { ms } = await timed(() => worker.drainUntilSettled());
  const attempts = db.get<{ n: number }>({ text: 'SELECT count(*) AS n FROM outbox_attempts', values: [] })?.n ?? 0;
  report(`outbox ${label}`, { postings: invoices.length, concurrency, attempts, ms, postings_per_s: (invoices.length / ms) * 1000 });
  const verified = await timed(() => verifyAudit(db));
  report('audit verify', { entries: verified.value.entries, ms: verified.ms });
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await sandbox.close();
}

export async function outboxBench(): Promise<void> {
  await drain('no faults', {}, 2);
  await drain('30% faults', { serverErrorRate: 0.15, dropRate: 0.1, hangRate: 0.05 }, 8);
}
