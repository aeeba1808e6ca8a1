// Connect and sync: pulls the gateway and billing into the local copy, incrementally.
export { syncConnectors, SyncFailedError } from './sync-connectors';
export { syncAndAudit } from './audited-sync';
export type { AuditedSyncInput } from './audited-sync';
export type { ConnectorSyncResult, SyncInput, SyncOutcome, SyncSummary } from './sync-connectors';
export type { SyncOptions } from './sync-options';
export type { SyncedTable, TableCounts } from './sync-tally';
