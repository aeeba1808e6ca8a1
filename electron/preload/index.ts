// The only door between the page and Node: one named function per contract call and one event
// subscription. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL, IPC_SAVE_EXPORT_CHANNEL, type PaydeskBridge } from '../../shared/contract/bridge';
import type { PushedEvent } from '../../shared/contract/events';
import { CALL_NAMES, isEventName } from '../../shared/contract/names';

// Built from the fixed list of names, so the record has exactly the keys the type promises.
const calls = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${IPC_CALL_PREFIX}${name}`, input)]),
) as PaydeskBridge['calls'];

const bridge: PaydeskBridge = {
  calls,
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, message: PushedEvent): void => {
      if (isEventName(message.name)) listener(message);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  // The page can only hand us a real File from a file input; webUtils rejects anything else.
  pathForFile: (file) => webUtils.getPathForFile(file as File),
  // Main shows the save dialog and copies the file; the page only names the export.
  saveExport: (exportId) => ipcRenderer.invoke(IPC_SAVE_EXPORT_CHANNEL, { exportId }),
};

contextBridge.exposeInMainWorld('paydesk', bridge);
