import type { Transport } from '../../../shared/contract/client';
import { createBridgeTransport, isPaydeskBridge } from './bridge-transport';
import { openEventSource } from './event-stream';
import { createHttpTransport } from './http-transport';

/** Inside Electron the preload provides `window.paydesk`; in a browser the console uses HTTP. */
export function selectTransport(): Transport {
  const bridge: unknown = Reflect.get(window, 'paydesk');
  if (isPaydeskBridge(bridge)) return createBridgeTransport(bridge);
  return createHttpTransport({
    fetch: (url, init) => window.fetch(url, init),
    openEventStream: openEventSource,
  });
}
