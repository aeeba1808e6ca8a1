import type { SecretStore } from '../core/secrets/secret-store';
import type { SecretRequest, ToBackend } from './backend-messages';

type Pending = (result: Extract<ToBackend, { type: 'secret-result' }>) => void;

/**
 * The backend's view of the keychain-backed store that lives in the main process: each
 * operation is a request over the utility process's port, answered by main.
 */
export class RemoteSecretStore implements SecretStore {
  readonly persistent = true;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly send: (request: SecretRequest) => void) {}

  /** Feeds main's answers back; returns false for messages that are not secret results. */
  receive(message: ToBackend): boolean {
    if (message.type !== 'secret-result') return false;
    this.pending.get(message.id)?.(message);
    this.pending.delete(message.id);
    return true;
  }

  get(key: string): Promise<string | null> {
    return this.request((id) => ({ type: 'secret', id, op: 'get', key }));
  }

  async set(key: string, value: string): Promise<void> {
    await this.request((id) => ({ type: 'secret', id, op: 'set', key, value }));
  }

  async delete(key: string): Promise<void> {
    await this.request((id) => ({ type: 'secret', id, op: 'delete', key }));
  }

  private request(build: (id: number) => SecretRequest): Promise<string | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (result) => (result.ok ? resolve(result.value) : reject(new Error(result.message))));
      this.send(build(id));
    });
  }
}
