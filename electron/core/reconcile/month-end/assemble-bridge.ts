import { minorToDecimal } from '../../../../shared/money';
import { isException, RECONCILIATION_CLASSES } from '../../../../shared/domain/reconciliation-class';
import type { BridgeLine, Period } from '../../../../shared/contract/reconcile';
import type { BridgeSums, LineSum } from './bridge-sums';
import type { Bridge, CurrencyBridge } from '../../../../shared/contract/reconcile';

interface CurrencyFigures {
  bridge: CurrencyBridge;
  /** Items still open, by class, for saying what blocks the close. */
  open: readonly { class: BridgeLine['class']; count: number }[];
}

/**
 * gateway − billing = Σ lines + residual, per currency, from the period's sums. A currency can be
 * closed when nothing is left unexplained: its residual is zero, or every line is explained
 * (then a person explains the residual, which is mostly timing, in a note).
 */
export function assembleBridge(period: Period, sums: BridgeSums): Bridge {
  const currencies = [...new Set([...sums.gateway.keys(), ...sums.billing.keys(), ...sums.lines.map((line) => line.currency)])].sort();
  const figures = currencies.map((currency) => currencyFigures(currency, sums));
  return {
    period,
    state: 'open',
    closedAt: null,
    closedBy: null,
    currencies: figures.map((figure) => figure.bridge),
    closable: figures.every((figure) => figure.bridge.closable),
    blockers: figures.filter((figure) => !figure.bridge.closable).map(blockerOf),
  };
}

function currencyFigures(currency: string, sums: BridgeSums): CurrencyFigures {
  const merged = mergeByClass(sums.lines.filter((line) => line.currency === currency));
  // Matched and unpaid items agree on both sides: their line is zero and says nothing. Shown
  // only if it is not zero, so that nothing is hidden if that ever stops being true.
  const shown = merged.filter((line) => isException(line.class) || line.amountMinor !== 0);
  const gatewayTotalMinor = sums.gateway.get(currency) ?? 0;
  const billingTotalMinor = sums.billing.get(currency) ?? 0;
  const explainedMinor = shown.reduce((total, line) => total + line.amountMinor, 0);
  const residualMinor = gatewayTotalMinor - billingTotalMinor - explainedMinor;
  if (!Number.isSafeInteger(residualMinor)) throw new RangeError(`The ${currency} residual is too large to compute exactly`);
  const lines: BridgeLine[] = shown.map((line) => ({
    class: line.class,
    count: line.count,
    amountMinor: line.amountMinor,
    explained: line.openCount === 0,
  }));
  return {
    bridge: {
      currency,
      gatewayTotalMinor,
      billingTotalMinor,
      lines,
      residualMinor,
      closable: residualMinor === 0 || lines.every((line) => line.explained),
      residualNote: null,
    },
    open: shown.filter((line) => line.openCount > 0).map((line) => ({ class: line.class, count: line.openCount })),
  };
}

/** One line per class, in the order of the classes; currency_mismatch may come from two sources. */
function mergeByClass(lines: readonly LineSum[]): LineSum[] {
  return RECONCILIATION_CLASSES.flatMap((cls) => {
    const parts = lines.filter((line) => line.class === cls);
    const [first] = parts;
    if (!first) return [];
    return [
      parts.slice(1).reduce(
        (sum, part) => ({
          ...sum,
          count: sum.count + part.count,
          openCount: sum.openCount + part.openCount,
          amountMinor: sum.amountMinor + part.amountMinor,
        }),
        first,
      ),
    ];
  });
}

/** "EUR: residual 12.00 and 3 amount_mismatch items still open" */
function blockerOf({ bridge, open }: CurrencyFigures): string {
  const items = open.map((entry) => `${entry.count} ${entry.class} item${entry.count === 1 ? '' : 's'}`);
  return `${bridge.currency}: residual ${minorToDecimal(bridge.residualMinor, bridge.currency)} and ${joinWords(items)} still open`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
