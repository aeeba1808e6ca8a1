import type { ClassTotal, ReconClass } from '../../../../../shared/contract/reconcile';
import { RECONCILIATION_CLASSES } from '../../../../../shared/domain/reconciliation-class';

export interface ClassRow {
  cls: ReconClass;
  count: number;
  byCurrency: ReadonlyMap<string, number>;
}

export interface TotalsGrid {
  /** One row per class present, in DESIGN.md's order. */
  rows: ClassRow[];
  /** One column per currency, alphabetical. */
  currencies: string[];
  /** Every class added up within each currency; currencies are never added to each other. */
  perCurrency: ReadonlyMap<string, number>;
}

/** The summary's totals laid out as classes × currencies. */
export function classRows(totals: readonly ClassTotal[]): TotalsGrid {
  const currencies = [...new Set(totals.map((total) => total.currency))].sort();
  const rows = RECONCILIATION_CLASSES.flatMap((cls): ClassRow[] => {
    const mine = totals.filter((total) => total.class === cls);
    if (mine.length === 0) return [];
    const count = mine.reduce((sum, total) => sum + total.count, 0);
    return [{ cls, count, byCurrency: new Map(mine.map((total) => [total.currency, total.amountAtStakeMinor])) }];
  });
  const perCurrency = new Map(
    currencies.map((currency) => [
      currency,
      totals.filter((total) => total.currency === currency).reduce((sum, total) => sum + total.amountAtStakeMinor, 0),
    ]),
  );
  return { rows, currencies, perCurrency };
}
