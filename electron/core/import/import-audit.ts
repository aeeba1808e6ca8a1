import type { ImportFormat } from '../../../shared/contract/imports';
import { appendAudit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { JobCancelledError } from '../jobs/job-context';
import type { ImportSummary } from './import-outcome';
import { ImportProblemsError } from './problems';
import { FileChangedError } from './row-converter';

/** Who imports and when: asked at the moment each entry is written. */
export interface ImportAuditor {
  actor: () => string;
  now: () => Date;
}

/** An imported file, its format and what it added, changed and skipped: call inside the import's transaction. */
export function auditImported(db: Database, auditor: ImportAuditor, format: ImportFormat, summary: ImportSummary): void {
  appendAudit(db, {
    at: auditor.now(),
    actor: auditor.actor(),
    action: 'import.finish',
    entityType: 'import_file',
    entityId: summary.file,
    after: { format, outcome: 'imported', rows: summary.rows, counts: summary.counts, skipped: summary.skipped },
  });
}

/** An import that wrote nothing: refused for its problems, cancelled, or stopped by an error. */
export function auditImportStopped(db: Database, auditor: ImportAuditor, format: ImportFormat, fileName: string, error: unknown): void {
  const cancelled = error instanceof JobCancelledError;
  appendAudit(db, {
    at: auditor.now(),
    actor: auditor.actor(),
    action: cancelled ? 'import.cancel' : 'import.fail',
    entityType: 'import_file',
    entityId: fileName,
    after: { format, outcome: outcomeOf(error), ...(error instanceof ImportProblemsError ? { problems: error.problemCount } : {}) },
    reason: cancelled ? 'Cancelled before anything was written' : error instanceof Error ? error.message : String(error),
  });
}

function outcomeOf(error: unknown): 'cancelled' | 'refused' | 'file_changed' | 'failed' {
  if (error instanceof JobCancelledError) return 'cancelled';
  if (error instanceof ImportProblemsError) return 'refused';
  if (error instanceof FileChangedError) return 'file_changed';
  return 'failed';
}
