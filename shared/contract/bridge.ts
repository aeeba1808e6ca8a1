import type { Envelope } from './errors';
import type { PushedEvent } from './events';
import type { CallName } from './names';
import type { SavedExport } from './save-export';

/**
 * What the Electron preload exposes as `window.paydesk`: one named function per contract call
 * and an event subscription. Nothing else of Electron reaches the page.
 */
export interface PaydeskBridge {
  calls: { readonly [N in CallName]: (input: unknown) => Promise<Envelope<unknown>> };
  onEvent(listener: (event: PushedEvent) => void): () => void;
  /** The local path of a file the person picked in an <input type="file">, for imports. */
  pathForFile(file: PickedFile): string;
  /** Asks where to save a file recon.export wrote, then copies it there (the desktop app's download). */
  saveExport(exportId: string): Promise<Envelope<SavedExport>>;
}

/** A DOM File, described structurally because shared/ knows no DOM. */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
}

export const IPC_CALL_PREFIX = 'paydesk:call:';
export const IPC_EVENT_CHANNEL = 'paydesk:event';
export const IPC_SAVE_EXPORT_CHANNEL = 'paydesk:save-export';
