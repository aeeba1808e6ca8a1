import { utilityProcess, type UtilityProcess } from 'electron';
import type { AppInfo } from '../../shared/contract/app';
import type { Envelope } from '../../shared/contract/errors';
import type { PushedEvent } from '../../shared/contract/events';
import type { SecretStore } from '../core/secrets/secret-store';
import type { FromBackend, SecretRequest, ToBackend } from './backend-messages';

export interface BackendHost {
  readonly info: AppInfo;
  invoke(name: string, input: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushedEvent) => void): void;
  onExit(listener: (code: number) => void): void;
  stop(): void;
}

const STOPPED: Envelope<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'The Paydesk data service stopped. Restart Paydesk.' },
};

/**
 * Starts the backend utility process and resolves once its database and sandbox are up. Main
 * keeps the keychain-backed secret store and answers the backend's requests for it.
 */
export function startBackendHost(entryPath: string, env: Record<string, string>, secrets: SecretStore | null): Promise<BackendHost> {
  const child: UtilityProcess = utilityProcess.fork(entryPath, [], {
    serviceName: 'Paydesk data service',
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const eventListeners: ((event: PushedEvent) => void)[] = [];
  const exitListeners: ((code: number) => void)[] = [];
  let nextId = 1;

  return new Promise((resolve, reject) => {
    child.on('message', (message: FromBackend) => {
      switch (message.type) {
        case 'ready':
          resolve(host(message.info));
          return;
        case 'result':
          pending.get(message.id)?.(message.envelope);
          pending.delete(message.id);
          return;
        case 'event':
          for (const listener of eventListeners) listener(message.event);
          return;
        case 'fatal':
          reject(new Error(message.message));
          return;
        case 'secret':
          void answerSecret(message).then((reply) => child.postMessage(reply satisfies ToBackend));
          return;
      }
    });
    child.on('exit', (code) => {
      for (const settle of pending.values()) settle(STOPPED);
      pending.clear();
      reject(new Error(`The data service exited with code ${code} before it was ready`));
      for (const listener of exitListeners) listener(code);
    });
  });

  async function answerSecret(request: SecretRequest): Promise<ToBackend> {
    if (!secrets) return { type: 'secret-result', id: request.id, ok: false, message: 'No secret storage is available' };
    try {
      switch (request.op) {
        case 'get':
          return { type: 'secret-result', id: request.id, ok: true, value: await secrets.get(request.key) };
        case 'set':
          await secrets.set(request.key, request.value);
          return { type: 'secret-result', id: request.id, ok: true, value: null };
        case 'delete':
          await secrets.delete(request.key);
          return { type: 'secret-result', id: request.id, ok: true, value: null };
      }
    } catch (error) {
      return { type: 'secret-result', id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  function host(info: AppInfo): BackendHost {
    return {
      info,
      invoke: (name, input) =>
        new Promise((settle) => {
          const id = nextId++;
          pending.set(id, settle);
          child.postMessage({ type: 'call', id, name, input } satisfies ToBackend);
        }),
      onEvent: (listener) => eventListeners.push(listener),
      onExit: (listener) => exitListeners.push(listener),
      stop: () => child.kill(),
    };
  }
}
