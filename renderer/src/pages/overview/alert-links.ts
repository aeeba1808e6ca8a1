import type { AlertRow } from '../../../../shared/contract/alerts';
import { DropOffStage } from '../../../../shared/domain/checkout-stage';
import { FailureClass } from '../../../../shared/domain/failure-class';
import { hrefOf } from '../../routing/pages';
import { checkoutsHref } from '../checkouts/checkouts-link';
import { reconciliationHref } from '../reconciliation/filters/filter-hash';

/**
 * Where an alert's metric leads, for its window's day: the same list its chart clicks through to.
 * New exceptions go to their month, the closest the reconciliation filter comes to one day.
 * Null for a metric this console does not know (a newer backend).
 */
export function alertHref(alert: Pick<AlertRow, 'metric' | 'windowStart'>): string | null {
  const day = alert.windowStart.slice(0, 10);
  const [kind, detail] = alert.metric.split(':');
  switch (kind) {
    case 'payment_success_rate':
      return checkoutsHref({ stage: 'declined_then_abandoned', from: day, to: day });
    case 'abandonment': {
      const stage = DropOffStage.safeParse(detail);
      return stage.success ? checkoutsHref({ stage: stage.data, from: day, to: day }) : null;
    }
    case 'failures':
      return FailureClass.safeParse(detail).success ? hrefOf('connections') : null;
    case 'new_exceptions':
      return reconciliationHref({ period: day.slice(0, 7) });
    default:
      return null;
  }
}
