import type { BatchOutcome, WriteCounts } from '../store/source-store';
import type { ConvertedFile } from './row-converter';

/** What `import` reports when it is done: the CLI prints it, job_runs keeps it. */
export interface ImportSummary {
  file: string;
  /** Data rows in the file. */
  rows: number;
  /** Rows read but not imported, by kind ("fee", "payout", "credit note"). */
  skipped: Record<string, number>;
  counts: {
    payments: WriteCounts;
    refunds: WriteCounts;
    invoices: WriteCounts;
    invoicePayments: WriteCounts;
  };
}

export function importSummary(file: string, rows: number, converted: ConvertedFile, outcome: BatchOutcome): ImportSummary {
  return {
    file,
    rows,
    skipped: Object.fromEntries(converted.skipped),
    counts: {
      payments: outcome.payments,
      refunds: outcome.refunds,
      invoices: outcome.invoices,
      invoicePayments: outcome.invoicePayments,
    },
  };
}

const KINDS: readonly [keyof ImportSummary['counts'], string, string][] = [
  ['payments', 'payment', 'payments'],
  ['refunds', 'refund', 'refunds'],
  ['invoices', 'invoice', 'invoices'],
  ['invoicePayments', 'invoice payment', 'invoice payments'],
];

/** "Imported payments.csv: 1,204 payments added, 3 updated, 12 unchanged; 40 refunds added". */
export function importMessage(summary: ImportSummary): string {
  const parts: string[] = [];
  for (const [key, one, many] of KINDS) {
    const { added, updated, unchanged } = summary.counts[key];
    if (added + updated + unchanged === 0) continue;
    const words = [`${number(added)} ${added === 1 ? one : many} added`];
    if (updated > 0) words.push(`${number(updated)} updated`);
    if (unchanged > 0) words.push(`${number(unchanged)} unchanged`);
    parts.push(words.join(', '));
  }
  const skipped = Object.entries(summary.skipped);
  const skippedRows = skipped.reduce((sum, [, count]) => sum + count, 0);
  if (skippedRows > 0) {
    parts.push(`${number(skippedRows)} other row${skippedRows === 1 ? '' : 's'} skipped (${skipped.map(([kind]) => kind).join(', ')})`);
  }
  return `Imported ${summary.file}: ${parts.length > 0 ? parts.join('; ') : 'nothing to import'}`;
}

function number(value: number): string {
  return value.toLocaleString('en-US');
}
