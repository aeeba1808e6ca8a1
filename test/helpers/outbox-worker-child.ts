// A worker process for the outbox chaos test: drains the outbox of the database it is given
// against one billing server, with short timeouts and backoffs so a run takes seconds. The test
// kills it with SIGKILL at random moments and starts it again.
import type { ConnectorConfig } from '../../electron/core/connectors/connector-config';
import { XeroBilling } from '../../electron/core/connectors/xero/xero-client';
import { openDatabase } from '../../electron/core/db/open-database';
import { OutboxWorker } from '../../electron/core/outbox/outbox-worker';
import { stderrLogger } from '../../electron/core/util/logger';

const [path, baseUrl, accessToken, tenantId] = process.argv.slice(2);
if (!path || !baseUrl || !accessToken || !tenantId) throw new Error('usage: outbox-worker-child DB BILLING_URL TOKEN TENANT');
const opened = openDatabase(path);
if (opened.state !== 'ready') throw new Error(`database not ready: ${opened.state}`);
const connector: ConnectorConfig = { id: 'billing', kind: 'billing', name: 'Billing', mode: 'sandbox', baseUrl, credentials: { kind: 'billing', accessToken, tenantId } };
const worker = new OutboxWorker({
  db: opened.db,
  billingFor: (_connectorId, signal) => new XeroBilling(connector, { timeoutMs: 400, signal }),
  actor: () => 'chaos worker',
  logger: stderrLogger,
  announce: () => undefined,
  schedule: { baseDelayMs: { connection: 10, system: 10 }, maxDelayMs: 100, maxAttempts: 10_000 },
  leaseMs: 1_000,
  concurrency: 8,
});
process.stdout.write('draining\n');
await worker.drainUntilSettled();
opened.db.close();
process.stdout.write('settled\n');
