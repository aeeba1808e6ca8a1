import type { ClassTotal, ReconItem } from '../../../shared/contract/reconcile';
import { minorToDecimal } from '../../../shared/money';
import type { PdfReport, PdfSection } from './pdf-writer';
import type { PdfRow } from './pdf-table';

/** A PDF of a million rows helps nobody: it shows the largest items, the files hold them all. */
export const PDF_ROW_CAP = 5_000;

export interface ExceptionReportInput {
  filterWords: string;
  generatedAt: string;
  totals: readonly ClassTotal[];
  /** The items, largest money at stake first; only the first `cap` are read. */
  items: Iterable<ReconItem>;
  cap?: number;
}

export function exceptionReport(input: ExceptionReportInput): { report: PdfReport; rows: number } {
  const total = input.totals.reduce((sum, entry) => sum + entry.count, 0);
  const shown = Math.min(total, input.cap ?? PDF_ROW_CAP);
  return {
    rows: shown,
    report: {
      title: 'Paydesk exception list',
      facts: [
        ['Filter', input.filterWords],
        ['Generated at', input.generatedAt],
        ['Items', String(total)],
      ],
      sections: [totalsSection(input.totals), itemsSection(input.items, shown, total)],
    },
  };
}

function totalsSection(totals: readonly ClassTotal[]): PdfSection {
  return {
    heading: 'Money at stake by class and currency',
    table: {
      columns: [
        { header: 'Class', weight: 3 },
        { header: 'Currency', weight: 1 },
        { header: 'Items', weight: 1, align: 'right' },
        { header: 'Money at stake', weight: 2, align: 'right' },
      ],
      rows: totals.map((entry) => ({
        cells: [entry.class, entry.currency, String(entry.count), minorToDecimal(entry.amountAtStakeMinor, entry.currency)],
      })),
    },
  };
}

function itemsSection(items: Iterable<ReconItem>, shown: number, total: number): PdfSection {
  return {
    heading: 'Items, largest money at stake first',
    ...(shown < total
      ? { note: `Showing the ${shown} largest of ${total} items. The CSV and Excel exports hold every item.` }
      : {}),
    table: {
      columns: [
        { header: 'Item', weight: 4 },
        { header: 'Class', weight: 3 },
        { header: 'State', weight: 1.4 },
        { header: 'Currency', weight: 1.2 },
        { header: 'At stake', weight: 2, align: 'right' },
        { header: 'Billing', weight: 2, align: 'right' },
        { header: 'Gateway', weight: 2, align: 'right' },
        { header: 'Gateway - billing', weight: 2.2, align: 'right' },
        { header: 'Customer', weight: 4 },
        { header: 'Date', weight: 1.6 },
      ],
      rows: itemRows(items, shown),
    },
  };
}

function* itemRows(items: Iterable<ReconItem>, limit: number): Generator<PdfRow> {
  if (limit === 0) return;
  let count = 0;
  for (const item of items) {
    const money = (amountMinor: number): string => minorToDecimal(amountMinor, item.currency);
    yield {
      cells: [
        item.key,
        item.class,
        item.state,
        item.currency,
        money(item.amountAtStakeMinor),
        money(item.billingMinor),
        money(item.gatewayMinor),
        money(item.differenceMinor),
        item.customer ?? '',
        item.itemDate,
      ],
    };
    count += 1;
    // Leaving the loop closes the items' query; the rest are never read.
    if (count >= limit) return;
  }
}
