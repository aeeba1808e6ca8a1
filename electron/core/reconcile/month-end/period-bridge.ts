import type { Period } from '../../../../shared/contract/reconcile';
import type { Database } from '../../db/database';
import { assembleBridge } from './assemble-bridge';
import { bridgeSums } from './bridge-sums';
import { closedBridge } from './closed-periods';
import type { Bridge } from '../../../../shared/contract/reconcile';

/**
 * A period's statement bridge: computed from the data while the period is open, read back as it
 * was sealed once it is closed, so later changes to the data never rewrite a closed month.
 */
export function periodBridge(db: Database, period: Period): Bridge {
  return closedBridge(db, period) ?? assembleBridge(period, bridgeSums(db, period));
}
