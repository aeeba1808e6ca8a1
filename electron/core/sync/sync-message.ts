import { SYNCED_TABLES, type SyncedTable, type TableCounts } from './sync-tally';

const NOUNS: Readonly<Record<SyncedTable, [singular: string, plural: string]>> = {
  payments: ['payment', 'payments'],
  refunds: ['refund', 'refunds'],
  checkouts: ['checkout', 'checkouts'],
  invoices: ['invoice', 'invoices'],
  invoice_payments: ['invoice payment', 'invoice payments'],
};

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** "11,270 payments (11,270 added), 345 refunds (2 added, 1 updated)", or "nothing new". */
export function describeCounts(tables: Readonly<Record<SyncedTable, TableCounts>>): string {
  const parts: string[] = [];
  for (const table of SYNCED_TABLES) {
    const counts = tables[table];
    const seen = counts.added + counts.updated + counts.unchanged;
    if (seen + counts.removed === 0) continue;
    const [singular, plural] = NOUNS[table];
    const changes = [
      counts.added > 0 ? `${formatCount(counts.added)} added` : null,
      counts.updated > 0 ? `${formatCount(counts.updated)} updated` : null,
      counts.removed > 0 ? `${formatCount(counts.removed)} removed` : null,
    ].filter((change) => change !== null);
    parts.push(`${formatCount(seen)} ${seen === 1 ? singular : plural} (${changes.length > 0 ? changes.join(', ') : 'no changes'})`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing new';
}
