import type { TableName } from '../../../shared/contract/tables';
import type { JobContext } from '../jobs/job-context';
import type { WriteCounts } from '../store/source-store';

export const SYNCED_TABLES = ['payments', 'refunds', 'checkouts', 'invoices', 'invoice_payments'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export interface TableCounts extends WriteCounts {
  /** Rows deleted because the partner no longer lists them (a payment removed in billing). */
  removed: number;
}

/** What one sync did, as counts; it becomes the job's summary. */
export class SyncTally {
  readonly tables: Record<SyncedTable, TableCounts> = {
    payments: emptyCounts(),
    refunds: emptyCounts(),
    checkouts: emptyCounts(),
    invoices: emptyCounts(),
    invoice_payments: emptyCounts(),
  };
  records = 0;
  pages = 0;
  /** HTTP exchanges attempted, retries included. */
  requests = 0;
  /** Failed exchanges recorded, including those a retry recovered from. */
  failures = 0;
  private phase = 'Starting';
  private total: number | null = null;

  constructor(private readonly context: JobContext) {}

  add(table: SyncedTable, counts: Partial<TableCounts>): void {
    const into = this.tables[table];
    into.added += counts.added ?? 0;
    into.updated += counts.updated ?? 0;
    into.unchanged += counts.unchanged ?? 0;
    into.removed += counts.removed ?? 0;
  }

  /** A new resource begins; `remaining` is how many records it will read, when the partner says. */
  startPhase(phase: string): void {
    this.phase = phase;
    this.total = null;
    this.report();
  }

  expect(remaining: number | null): void {
    this.total = remaining === null ? null : this.records + remaining;
    this.report();
  }

  pageDone(records: number): void {
    this.records += records;
    this.pages += 1;
    if (this.total !== null && this.records > this.total) this.total = this.records;
    this.report();
  }

  /** Says, for the length of a backoff, that the job is waiting and why; the next page clears it. */
  retrying(delayMs: number, reason: string): void {
    const seconds = Math.max(1, Math.round(delayMs / 1000));
    this.context.progress({
      phase: `${this.phase} (retrying in ${seconds} s: ${reason})`,
      recordsDone: this.records,
      recordsTotal: this.total,
      pagesDone: this.pages,
    });
  }

  /** The tables whose rows changed, for `data.changed`. */
  changedTables(): TableName[] {
    const changed: TableName[] = SYNCED_TABLES.filter((table) => {
      const counts = this.tables[table];
      return counts.added + counts.updated + counts.removed > 0;
    });
    return changed;
  }

  private report(): void {
    this.context.progress({ phase: this.phase, recordsDone: this.records, recordsTotal: this.total, pagesDone: this.pages });
  }
}

function emptyCounts(): TableCounts {
  return { added: 0, updated: 0, unchanged: 0, removed: 0 };
}
