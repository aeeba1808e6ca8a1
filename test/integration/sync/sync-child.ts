// A sync in its own process, for the kill-and-resume test: it reports each committed page on
// stdout so the parent can SIGKILL it at a chosen moment. Run: node --import tsx sync-child.ts CONFIG
import type { ConnectorConfig } from '../../../electron/core/connectors/connector-config';
import { CircuitBreakers } from '../../../electron/core/connectors/retry/circuit-breaker';
import { openDatabase } from '../../../electron/core/db/open-database';
import { ConnectorsRepo } from '../../../electron/core/health/connectors-repo';
import { syncConnectors } from '../../../electron/core/sync';

interface ChildConfig {
  databasePath: string;
  connectors: ConnectorConfig[];
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const opened = openDatabase(config.databasePath);
if (opened.state !== 'ready') throw new Error(`database ${opened.state}`);
const db = opened.db;

await syncConnectors(
  {
    db,
    connectors: config.connectors,
    failures: new ConnectorsRepo(db),
    options: { timeoutMs: 3_000, backoff: { baseDelayMs: 5, maxDelayMs: 100, maxAttempts: 12 }, breakers: new CircuitBreakers() },
  },
  {
    signal: new AbortController().signal,
    progress: (update) => process.stdout.write(`pages ${update.pagesDone ?? 0}\n`),
  },
);
process.stdout.write('done\n');
db.close();
