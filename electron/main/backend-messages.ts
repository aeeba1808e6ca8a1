import type { AppInfo } from '../../shared/contract/app';
import type { Envelope } from '../../shared/contract/errors';
import type { PushedEvent } from '../../shared/contract/events';

/** Messages between the main process and the backend utility process. */
export type ToBackend =
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'secret-result'; id: number; ok: true; value: string | null }
  | { type: 'secret-result'; id: number; ok: false; message: string };

/** The backend asks main for secrets: only main may use Electron's safeStorage. */
export type SecretRequest =
  | { type: 'secret'; id: number; op: 'get'; key: string }
  | { type: 'secret'; id: number; op: 'set'; key: string; value: string }
  | { type: 'secret'; id: number; op: 'delete'; key: string };

export type FromBackend =
  | { type: 'ready'; info: AppInfo }
  | SecretRequest
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: PushedEvent }
  | { type: 'fatal'; message: string };
