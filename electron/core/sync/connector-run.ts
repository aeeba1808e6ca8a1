import type { ConnectorConfig } from '../connectors/connector-config';
import { RetryPolicy } from '../connectors/retry/retry-policy';
import type { Database } from '../db/database';
import type { ConnectorsRepo } from '../health/connectors-repo';
import { SourceStore } from '../store/source-store';
import type { ResolvedSyncOptions } from './sync-options';
import { SyncState } from './sync-state';
import type { SyncTally } from './sync-tally';

/** Everything one connector's sync works with. */
export interface ConnectorRun {
  readonly connector: ConnectorConfig;
  readonly db: Database;
  readonly store: SourceStore;
  readonly state: SyncState;
  readonly tally: SyncTally;
  readonly signal: AbortSignal;
  readonly options: ResolvedSyncOptions;
  /** One exchange with the partner under the retry policy; parsing inside it counts as part of it. */
  exchange<T>(endpoint: string, work: () => Promise<T>): Promise<T>;
}

export interface ConnectorRunInput {
  connector: ConnectorConfig;
  db: Database;
  failures: ConnectorsRepo;
  tally: SyncTally;
  signal: AbortSignal;
  options: ResolvedSyncOptions;
}

export function createConnectorRun(input: ConnectorRunInput): ConnectorRun {
  const { connector, tally, options } = input;
  const policy = new RetryPolicy({
    breaker: options.breakers.for(connector.id, connector.name),
    onFailure: (failure) => {
      tally.failures += 1;
      input.failures.recordFailure(connector.id, {
        failureClass: failure.failureClass,
        endpoint: failure.endpoint,
        httpStatus: failure.httpStatus,
        message: failure.message,
      });
    },
    onRetry: ({ failure, delayMs }) => tally.retrying(delayMs, failure.httpStatus === null ? 'connection failed' : `HTTP ${failure.httpStatus}`),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  return {
    connector,
    db: input.db,
    store: new SourceStore(input.db),
    state: new SyncState(input.db),
    tally,
    signal: input.signal,
    options,
    exchange: (endpoint, work) =>
      policy.run(
        endpoint,
        () => {
          tally.requests += 1;
          return work();
        },
        input.signal,
      ),
  };
}
