import type {
  DateOrder,
  ImportCounts,
  ImportFormat,
  ImportPreset,
  ImportPreview,
  ImportProblem,
  ImportSource,
} from '../../../../../shared/contract/imports';
import { assertNever } from '../../../lib/assert-never';
import { formatCount, plural } from '../../../lib/format-count';

/** The format the person picked in step 2; "new-mapping" opens the mapping editor first. */
export type FormatChoice =
  | { kind: 'preset'; preset: ImportPreset }
  | { kind: 'mapping'; name: string }
  | { kind: 'new-mapping' };

export const PRESETS: readonly ImportPreset[] = ['stripe-balance-report', 'xero-invoices'];

export function presetLabel(preset: ImportPreset): string {
  switch (preset) {
    case 'stripe-balance-report':
      return 'Stripe balance report (itemized)';
    case 'xero-invoices':
      return 'Xero sales invoices export';
    default:
      return assertNever(preset);
  }
}

/** The value of the choice's radio button, unique across presets and mapping names. */
export function choiceValue(choice: FormatChoice): string {
  switch (choice.kind) {
    case 'preset':
      return `preset:${choice.preset}`;
    case 'mapping':
      return `mapping:${choice.name}`;
    case 'new-mapping':
      return 'new-mapping';
    default:
      return assertNever(choice);
  }
}

/** What the import calls are asked for; null until a mapping exists for "Another system…". */
export function importFormatOf(choice: FormatChoice, dateOrder: DateOrder | null): ImportFormat | null {
  switch (choice.kind) {
    case 'preset':
      return dateOrder === null ? { kind: 'preset', preset: choice.preset } : { kind: 'preset', preset: choice.preset, dateOrder };
    case 'mapping':
      return { kind: 'mapping', name: choice.name };
    case 'new-mapping':
      return null;
    default:
      return assertNever(choice);
  }
}

export interface ImportRequest {
  source: ImportSource;
  format: ImportFormat;
}

function sameSource(a: ImportSource, b: ImportSource): boolean {
  if (a.kind === 'path' && b.kind === 'path') return a.path === b.path;
  if (a.kind === 'upload' && b.kind === 'upload') return a.uploadId === b.uploadId;
  return false;
}

function sameFormat(a: ImportFormat, b: ImportFormat): boolean {
  if (a.kind === 'mapping' && b.kind === 'mapping') return a.name === b.name;
  if (a.kind === 'preset' && b.kind === 'preset') {
    return a.preset === b.preset && a.dateOrder === b.dateOrder && a.invoiceReferenceKey === b.invoiceReferenceKey;
  }
  return false;
}

/** Whether a preview was made for exactly this file and format (else it must not be committed). */
export function sameRequest(a: ImportRequest | undefined, b: ImportRequest | null): boolean {
  if (a === undefined || b === null) return false;
  return sameSource(a.source, b.source) && sameFormat(a.format, b.format);
}

export function dateOrderText(order: DateOrder): string {
  switch (order) {
    case 'dmy':
      return 'day/month/year';
    case 'mdy':
      return 'month/day/year';
    case 'ymd':
      return 'year-month-day';
    default:
      return assertNever(order);
  }
}

/** The file's dates fit more than one order and the format lets the person say which. */
export function needsDateOrder(preview: ImportPreview, format: ImportFormat): boolean {
  return preview.dateOrders.length > 1 && format.kind === 'preset';
}

export function countRows(counts: ImportCounts): { label: string; value: number }[] {
  return [
    { label: 'Payments', value: counts.payments },
    { label: 'Refunds', value: counts.refunds },
    { label: 'Invoices', value: counts.invoices },
    { label: 'Invoice payments', value: counts.invoicePayments },
  ];
}

/** "Row 12" or "Whole file": where to look in the file. */
export function problemRow(problem: ImportProblem): string {
  return problem.row === null ? 'Whole file' : `Row ${problem.row}`;
}

/** "and 120 more" when the service capped the list; null when every problem is shown. */
export function moreProblemsText(shown: number, total: number, locale?: string): string | null {
  return total > shown ? `and ${formatCount(total - shown, locale)} more` : null;
}

/** "3 problems", heading the list. */
export function problemsHeading(total: number): string {
  return total === 0 ? 'No problems found' : plural(total, 'problem', 'problems');
}

/** Why the Import button is disabled, said beside it; null when it is enabled. */
export function importBlockedReason(preview: ImportPreview | undefined, format: ImportFormat): string | null {
  if (preview === undefined) return 'Preview the file again to import it.';
  if (needsDateOrder(preview, format) && format.kind === 'preset' && format.dateOrder === undefined) {
    return 'Choose how the dates in this file are written to import it.';
  }
  if (!preview.canCommit) return 'Fix the problems listed above, in the file or in the chosen format, then preview again.';
  return null;
}
