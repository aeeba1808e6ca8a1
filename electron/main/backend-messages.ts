import type { AppInfo } from '../../shared/contract/app';
import type { Envelope } from '../../shared/contract/errors';
import type { PushedEvent } from '../../shared/contract/events';

/** Messages between the main process and the backend utility process. */
export type ToBackend = { type: 'call'; id: number; name: string; input: unknown };

export type FromBackend =
  | { type: 'ready'; info: AppInfo }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'event'; event: PushedEvent }
  | { type: 'fatal'; message: string };
