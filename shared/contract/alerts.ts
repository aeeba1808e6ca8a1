import { z } from 'zod';
import { UtcInstant } from '../domain/time';

// Anomaly alerts: a metric's latest window that departed from its robust baseline, and how
// people handled it. Metric keys are stable: payment_success_rate, abandonment:<stage>,
// failures:<class>, new_exceptions.

export const AlertId = z.number().int().positive();
export type AlertId = z.infer<typeof AlertId>;

export const ALERT_STATES = ['open', 'acknowledged', 'snoozed'] as const;
export const AlertState = z.enum(ALERT_STATES);
export type AlertState = z.infer<typeof AlertState>;

export const AlertRow = z.object({
  id: AlertId,
  metric: z.string(),
  /** The metric in words: "Payment success rate". */
  label: z.string(),
  windowStart: UtcInstant,
  windowEnd: UtcInstant,
  /** Which way the metric departed. */
  direction: z.enum(['up', 'down']),
  value: z.number(),
  baselineMedian: z.number(),
  baselineMad: z.number(),
  /** Robust z-score: how many scaled MADs the value lies from the median. */
  score: z.number(),
  /** One sentence a finance user can act on. */
  summary: z.string(),
  /** A snoozed alert whose time has passed reads as open. */
  state: AlertState,
  snoozedUntil: UtcInstant.nullable(),
  handledBy: z.string().nullable(),
  handledAt: UtcInstant.nullable(),
  note: z.string().nullable(),
  firstSeenAt: UtcInstant,
  lastSeenAt: UtcInstant,
  /** How many evaluations found the same evidence; only the first one notified. */
  seenCount: z.number().int().positive(),
});
export type AlertRow = z.infer<typeof AlertRow>;

export const AlertFilter = z
  .object({ states: z.array(AlertState).min(1).max(ALERT_STATES.length).optional() })
  .strict();
export type AlertFilter = z.infer<typeof AlertFilter>;

const Note = z.string().trim().max(500);

export const AcknowledgeAlert = z.object({ id: AlertId, note: Note.optional() }).strict();
export type AcknowledgeAlert = z.infer<typeof AcknowledgeAlert>;

export const SnoozeAlert = z
  .object({ id: AlertId, hours: z.number().int().min(1).max(24 * 30), note: Note.optional() })
  .strict();
export type SnoozeAlert = z.infer<typeof SnoozeAlert>;
