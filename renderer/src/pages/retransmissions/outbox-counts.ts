import type { OutboxState, StateCount } from '../../../../shared/contract/outbox';
import type { FailureClass } from '../../../../shared/domain/failure-class';

/** The states that need a person's eye: a failure class counts only among these. */
export const NEEDS_ATTENTION: readonly OutboxState[] = ['failed', 'dead'];

/** Rows per state, every state present (zero when none). */
export function countByState(counts: readonly StateCount[]): Record<OutboxState, number> {
  const byState: Record<OutboxState, number> = { pending: 0, in_flight: 0, failed: 0, dead: 0, succeeded: 0, cancelled: 0 };
  for (const entry of counts) byState[entry.state] += entry.count;
  return byState;
}

/** Failed and dead rows per failure class: what is wrong now, not what once went wrong. */
export function attentionByClass(counts: readonly StateCount[]): Record<FailureClass, number> {
  const byClass: Record<FailureClass, number> = { connection: 0, system: 0, integration: 0 };
  for (const entry of counts) {
    if (entry.failureClass !== null && NEEDS_ATTENTION.includes(entry.state)) byClass[entry.failureClass] += entry.count;
  }
  return byClass;
}

export function totalCount(counts: readonly StateCount[]): number {
  return counts.reduce((sum, entry) => sum + entry.count, 0);
}
