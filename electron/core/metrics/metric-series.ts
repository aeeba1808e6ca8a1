import type { MetricDay } from '../../../shared/contract/overview';
import { DROP_OFF_STAGES, STAGE_LABELS } from '../../../shared/domain/checkout-stage';
import { FailureClass } from '../../../shared/domain/failure-class';
import type { MetricPoint, MetricSeries } from '../alerts/anomaly';

/**
 * The daily figures as the series the anomaly detector watches, one point per UTC day, the last
 * day being the current window: payment success rate, abandonment rate per drop-off stage,
 * transmission failures per class, and new reconciliation exceptions.
 */
export function metricSeries(days: readonly MetricDay[]): MetricSeries[] {
  const point = (day: MetricDay, value: number, volume: number): MetricPoint => ({
    windowStart: `${day.day}T00:00:00.000Z`,
    windowEnd: `${day.day}T23:59:59.999Z`,
    value,
    volume,
  });
  const rate = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return [
    {
      metric: 'payment_success_rate',
      label: 'Payment success rate',
      worse: 'down',
      kind: 'rate',
      volumeUnit: 'attempts',
      points: days.map((day) => point(day, rate(day.payments.succeeded, day.payments.attempted), day.payments.attempted)),
    },
    ...DROP_OFF_STAGES.map((stage): MetricSeries => ({
      metric: `abandonment:${stage}`,
      label: `Checkouts abandoned at ${STAGE_LABELS[stage].toLowerCase()}`,
      worse: 'up',
      kind: 'rate',
      volumeUnit: 'checkouts',
      points: days.map((day) => point(day, rate(day.checkouts.abandoned[stage], day.checkouts.started), day.checkouts.started)),
    })),
    ...FailureClass.options.map((failureClass): MetricSeries => ({
      metric: `failures:${failureClass}`,
      label: `${failureClass[0]?.toUpperCase()}${failureClass.slice(1)} failures`,
      worse: 'up',
      kind: 'count',
      points: days.map((day) => point(day, day.failures[failureClass], day.failures[failureClass])),
    })),
    {
      metric: 'new_exceptions',
      label: 'New reconciliation exceptions',
      worse: 'up',
      kind: 'count',
      points: days.map((day) => point(day, day.newExceptions, day.newExceptions)),
    },
  ];
}
