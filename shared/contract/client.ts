import { CALLS, type CallInput, type CallOutput } from './calls';
import { ApiError, type Envelope } from './errors';
import type { PushedEvent } from './events';
import type { CallName } from './names';

/** How a client reaches the Node side: Electron IPC or HTTP on loopback. */
export interface Transport {
  invoke(name: CallName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushedEvent) => void): () => void;
}

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  subscribe(listener: (event: PushedEvent) => void): () => void;
}

/**
 * The typed client of the UI. Outputs are parsed against the contract on arrival too, so a
 * mismatched Node side fails loudly here; an error envelope becomes a thrown ApiError.
 */
export function createClient(transport: Transport): Client {
  return {
    async call(name, input) {
      const envelope = await transport.invoke(name, input);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      const parsed = CALLS[name].output.safeParse(envelope.value);
      if (!parsed.success) throw new ApiError('internal', `${name} returned an unexpected shape`);
      return parsed.data as CallOutput<typeof name>;
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}
