import type { Bridge } from '../../../shared/contract/reconcile';
import type { Cell, Column } from './table';

/**
 * The bridge as one flat table, a block of rows per currency that reads top to bottom:
 * gateway total, billing total, their difference, a line per class, the residual.
 */
export const BRIDGE_COLUMNS: readonly Column[] = [
  { header: 'Currency', width: 9 },
  { header: 'Line', width: 30 },
  { header: 'Items', width: 8 },
  { header: 'Amount', width: 16 },
  { header: 'Explained', width: 10 },
  { header: 'Note', width: 60 },
];

export function* bridgeRows(bridge: Bridge): Generator<Cell[]> {
  for (const currency of bridge.currencies) {
    const code = currency.currency;
    const money = (amountMinor: number): Cell => ({ amountMinor, currency: code });
    yield [code, 'Gateway total', null, money(currency.gatewayTotalMinor), null, 'Succeeded payments taken in the period, net of refunds'];
    yield [code, 'Billing total', null, money(currency.billingTotalMinor), null, 'Paid on invoices issued in the period'];
    yield [code, 'Gateway - billing', null, money(currency.gatewayTotalMinor - currency.billingTotalMinor), null, null];
    for (const line of currency.lines) {
      yield [code, line.class, line.count, money(line.amountMinor), line.explained ? 'yes' : 'no', null];
    }
    yield [code, 'Residual', null, money(currency.residualMinor), null, currency.residualNote ?? residualWords(currency.residualMinor)];
  }
}

function residualWords(residualMinor: number): string | null {
  return residualMinor === 0 ? null : 'Timing (payments and invoices in different periods) and anything unexplained';
}

/** What the bridge's header says about the period: open, or closed when and by whom. */
export function bridgeStateWords(bridge: Bridge): string {
  if (bridge.state === 'closed') return `Closed on ${bridge.closedAt ?? '?'} by ${bridge.closedBy ?? '?'}`;
  return bridge.closable ? 'Open, ready to close' : `Open, cannot close yet: ${bridge.blockers.join('; ')}`;
}
