import type { ExportFile } from '../../../shared/contract/reconcile';
import type { SaveOutcome } from '../api/save-export';
import { assertNever } from './assert-never';
import { plural } from './format-count';

/** Where an export stands: nothing yet, being written (in which format), or written and handed over. */
export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working'; label: string }
  | { kind: 'done'; file: ExportFile; outcome: SaveOutcome };

/**
 * What the export did, in one line a screen reader announces. `counted` names what its rows are
 * ("item", "items") when their number means something to the reader.
 */
export function exportStatusText(status: ExportStatus, counted?: readonly [string, string]): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'working':
      return `Exporting ${status.label}…`;
    case 'done': {
      const { file, outcome } = status;
      const contents = counted ? ` (${plural(file.rows, counted[0], counted[1])})` : '';
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
