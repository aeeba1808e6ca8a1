import type { AuditExportFormat } from '../../../shared/contract/audit';
import type { ExportFile } from '../../../shared/contract/reconcile';
import { Database } from '../db/database';
import { sql } from '../db/sql';
import { writeCsv } from '../export/csv-writer';
import type { ExportStore } from '../export/export-store';
import { writeJsonl } from '../export/jsonl-writer';
import { auditRecords, auditRows, auditTable } from './audit-export-rows';

export interface AuditExportDeps {
  store: ExportStore;
  databasePath: string;
  now: Date;
}

/**
 * The whole trail into the export store, for the person to save. It reads on a connection of
 * its own in one read transaction: a consistent chain even while the app keeps appending.
 */
export async function createAuditExport(format: AuditExportFormat, deps: AuditExportDeps): Promise<ExportFile> {
  const reader = Database.open(deps.databasePath, { readonly: true });
  try {
    reader.run(sql`BEGIN`);
    const fileName = `paydesk-audit-${deps.now.toISOString().slice(0, 10)}.${format}`;
    return await deps.store.create(
      fileName,
      format,
      (path) => (format === 'jsonl' ? writeJsonl(path, auditRecords(auditRows(reader))) : writeCsv(path, auditTable(auditRows(reader)))),
      deps.now,
    );
  } finally {
    // A read transaction has nothing to commit; closing the connection ends it.
    reader.close();
  }
}
