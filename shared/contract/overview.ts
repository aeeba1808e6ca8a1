import { z } from 'zod';
import { DropOffStage } from '../domain/checkout-stage';
import { FailureClass } from '../domain/failure-class';
import { UtcInstant } from '../domain/time';
import { DayText } from './checkouts';

// The daily figures the overview charts and the anomaly alerts are drawn from, all counted from
// the local cache. Days are UTC and end at `asOf`, the newest activity in the cache.

const Count = z.number().int().nonnegative();

export const MetricDay = z.object({
  day: DayText,
  payments: z.object({ succeeded: Count, attempted: Count }),
  checkouts: z.object({ started: Count, abandoned: z.record(DropOffStage, Count) }),
  failures: z.record(FailureClass, Count),
  /** Reconciliation exceptions (any class but matched) dated that day. */
  newExceptions: Count,
});
export type MetricDay = z.infer<typeof MetricDay>;

export const OverviewMetrics = z.object({
  /** The end of the last day shown: the newest activity in the cache, or null when it is empty. */
  asOf: UtcInstant.nullable(),
  days: z.array(MetricDay),
});
export type OverviewMetrics = z.infer<typeof OverviewMetrics>;

export const MetricsRange = z.object({ days: z.number().int().min(7).max(90).default(30) }).strict();
