import connectors from './0001-connectors';
import sourceData from './0002-source-data';
import reconciliationOutboxAudit from './0003-reconciliation-outbox-audit';
import syncImport from './0004-sync-import';
import reconciliationResults from './0005-reconciliation-results';
import outbox from './0006-outbox';
import settings from './0007-settings';
import checkoutsAlerts from './0008-checkouts-alerts';

export interface Migration {
  /** Becomes PRAGMA user_version once applied. Dense, starting at 1. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Forward-only, in order. A released migration is never edited: add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'connectors', sql: connectors },
  { version: 2, name: 'source-data', sql: sourceData },
  { version: 3, name: 'reconciliation-outbox-audit', sql: reconciliationOutboxAudit },
  { version: 4, name: 'sync-import', sql: syncImport },
  { version: 5, name: 'reconciliation-results', sql: reconciliationResults },
  { version: 6, name: 'outbox', sql: outbox },
  { version: 7, name: 'settings', sql: settings },
  { version: 8, name: 'checkouts-alerts', sql: checkoutsAlerts },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
