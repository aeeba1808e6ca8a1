import type { ExportFile } from '../../../../../shared/contract/reconcile';
import type { SaveOutcome } from '../../../api/save-export';
import { assertNever } from '../../../lib/assert-never';
import { plural } from '../../../lib/format-count';

export const EXPORT_FORMATS = [
  { id: 'csv', label: 'CSV', title: 'Comma-separated values: opens anywhere' },
  { id: 'xlsx', label: 'Excel', title: 'An Excel workbook: amounts are numbers you can add up' },
  { id: 'pdf', label: 'PDF', title: 'A report to read or file; a long list shows its largest 5,000 items' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; format: ExportFormat }
  | { kind: 'done'; file: ExportFile; outcome: SaveOutcome };

export function formatLabel(format: ExportFormat): string {
  return EXPORT_FORMATS.find((entry) => entry.id === format)?.label ?? format;
}

/** What the export did, in one line a screen reader announces. */
export function exportStatusText(status: ExportStatus, what: 'exceptions' | 'bridge'): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'working':
      return `Exporting ${formatLabel(status.format)}…`;
    case 'done': {
      const { file, outcome } = status;
      const contents = what === 'exceptions' ? ` (${plural(file.rows, 'item', 'items')})` : '';
      switch (outcome.kind) {
        case 'saved':
          return `Saved ${file.fileName}${contents}${outcome.path ? ` to ${outcome.path}` : ''}.`;
        case 'cancelled':
          return `${file.fileName} was not saved.`;
        case 'downloading':
          return `Downloading ${file.fileName}${contents}.`;
        default:
          return assertNever(outcome);
      }
    }
    default:
      return assertNever(status);
  }
}
