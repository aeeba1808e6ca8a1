import { z } from 'zod';
import { AlertRow } from './alerts';
import { JobProgress } from './jobs';
import type { EventName } from './names';
import { TableName } from './tables';

/** Every event the Node side pushes to the UI, declared once. */
export const EVENTS = {
  'data.changed': z.object({ tables: z.array(TableName).min(1) }),
  'job.progress': JobProgress,
  /** A new anomaly: shown in the app and as a desktop notification, once per evidence. */
  'alert.raised': AlertRow,
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<N extends EventName> = z.output<(typeof EVENTS)[N]>;

export interface PushedEvent<N extends EventName = EventName> {
  name: N;
  payload: EventPayload<N>;
}
