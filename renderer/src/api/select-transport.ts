import type { Transport } from '../../../shared/contract/client';
import { createBridgeTransport, isPaydeskBridge } from './bridge-transport';
import { openEventSource } from './event-stream';
import { createBridgeFileSource, createUploadFileSource, type FileSource } from './file-source';
import { createHttpTransport } from './http-transport';

function bridgeOfWindow(): unknown {
  return Reflect.get(window, 'paydesk');
}

/** Inside Electron the preload provides `window.paydesk`; in a browser the console uses HTTP. */
export function selectTransport(): Transport {
  const bridge = bridgeOfWindow();
  if (isPaydeskBridge(bridge)) return createBridgeTransport(bridge);
  return createHttpTransport({
    fetch: (url, init) => window.fetch(url, init),
    openEventStream: openEventSource,
  });
}

/** The same choice for import files: a path from the preload, or an upload to the console. */
export function selectFileSource(): FileSource {
  const bridge = bridgeOfWindow();
  if (isPaydeskBridge(bridge) && typeof Reflect.get(bridge, 'pathForFile') === 'function') {
    return createBridgeFileSource(bridge);
  }
  return createUploadFileSource((url, init) => window.fetch(url, init));
}
