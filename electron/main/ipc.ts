import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/errors';
import { CALL_NAMES } from '../../shared/contract/names';
import { isAppUrl } from './app-origin';
import type { BackendHost } from './backend-host';

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'validation', message: 'Calls are accepted only from the Paydesk window.' },
};

/**
 * One handler per contract call. Only our own bundle's top frame may call; the backend's single
 * dispatch wrapper then parses the input and checks the output against the contract.
 */
export function bindIpc(host: BackendHost): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(`${IPC_CALL_PREFIX}${name}`, (event, input: unknown) =>
      isTrustedSender(event) ? host.invoke(name, input) : FORBIDDEN,
    );
  }
  host.onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, event);
  });
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url);
}
