import type { PaydeskBridge } from '../../../shared/contract/bridge';
import type { Transport } from '../../../shared/contract/client';
import type { Envelope } from '../../../shared/contract/errors';
import { parsePushedEvent } from './pushed-event';

/** Whether a value looks like the preload's bridge (the page cannot trust a global blindly). */
export function isPaydeskBridge(value: unknown): value is PaydeskBridge {
  if (typeof value !== 'object' || value === null) return false;
  const calls: unknown = Reflect.get(value, 'calls');
  return typeof calls === 'object' && calls !== null && typeof Reflect.get(value, 'onEvent') === 'function';
}

function failure(message: string): Envelope<never> {
  return { ok: false, error: { code: 'internal', message } };
}

/** The Electron transport: each call is a named function of the preload, events come over IPC. */
export function createBridgeTransport(bridge: PaydeskBridge): Transport {
  return {
    async invoke(name, input) {
      const call: unknown = Reflect.get(bridge.calls, name);
      if (typeof call !== 'function') return failure(`This version of Paydesk cannot do "${name}".`);
      try {
        return await bridge.calls[name](input);
      } catch (error) {
        // The preload only rejects when IPC itself broke; say so instead of losing it.
        const detail = error instanceof Error ? error.message : String(error);
        return failure(`Paydesk's window lost contact with its service: ${detail}`);
      }
    },
    subscribe(listener) {
      return bridge.onEvent((raw) => {
        const event = parsePushedEvent(raw);
        if (event) listener(event);
      });
    },
  };
}
