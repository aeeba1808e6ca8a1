import { describe, expect, it } from 'vitest';
import type { PaydeskBridge } from '../../../shared/contract/bridge';
import type { Envelope } from '../../../shared/contract/errors';
import type { PushedEvent } from '../../../shared/contract/events';
import { createBridgeTransport, isPaydeskBridge } from '../../../renderer/src/api/bridge-transport';

function bridgeWith(calls: Partial<Record<string, (input: unknown) => Promise<Envelope<unknown>>>>): {
  bridge: PaydeskBridge;
  emit: (event: unknown) => void;
} {
  let listener: ((event: PushedEvent) => void) | null = null;
  const bridge = {
    calls,
    onEvent(next: (event: PushedEvent) => void) {
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
  if (!isPaydeskBridge(bridge)) throw new Error('test bridge rejected');
  // The test feeds malformed events on purpose, as a faulty preload could.
  const emit = (event: unknown): void => listener?.(event as PushedEvent);
  return { bridge, emit };
}

describe('bridge transport', () => {
  it('calls the named function of the preload', async () => {
    const inputs: unknown[] = [];
    const { bridge } = bridgeWith({
      'connectors.check': (input) => {
        inputs.push(input);
        return Promise.resolve({ ok: true, value: 'checked' });
      },
    });
    const transport = createBridgeTransport(bridge);
    await expect(transport.invoke('connectors.check', { connectorId: 'gw' })).resolves.toEqual({
      ok: true,
      value: 'checked',
    });
    expect(inputs).toEqual([{ connectorId: 'gw' }]);
  });

  it('reports a missing or rejecting function as an internal error', async () => {
    const { bridge } = bridgeWith({
      'app.info': () => Promise.reject(new Error('IPC closed')),
    });
    const transport = createBridgeTransport(bridge);
    const missing = await transport.invoke('sandbox.status', {});
    const rejected = await transport.invoke('app.info', {});
    expect(missing.ok ? null : missing.error.code).toBe('internal');
    expect(rejected.ok ? null : rejected.error.code).toBe('internal');
    expect(rejected.ok ? '' : rejected.error.message).toContain('IPC closed');
  });

  it('forwards valid events and drops unknown ones', () => {
    const { bridge, emit } = bridgeWith({});
    const seen: PushedEvent[] = [];
    const stop = createBridgeTransport(bridge).subscribe((event) => seen.push(event));
    emit({ name: 'data.changed', payload: { tables: ['outbox'] } });
    emit({ name: 'other', payload: {} });
    emit(null);
    stop();
    emit({ name: 'data.changed', payload: { tables: ['audit_log'] } });
    expect(seen).toEqual([{ name: 'data.changed', payload: { tables: ['outbox'] } }]);
  });

  it('recognises only something shaped like the bridge', () => {
    expect(isPaydeskBridge(undefined)).toBe(false);
    expect(isPaydeskBridge({ calls: {} })).toBe(false);
    expect(isPaydeskBridge({ calls: {}, onEvent: () => () => undefined })).toBe(true);
  });
});
