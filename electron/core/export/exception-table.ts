import type { ReconItem } from '../../../shared/contract/reconcile';
import type { Cell, Column } from './table';

/** The exception list's columns, in CSV and Excel. Money is in the item's currency. */
export const EXCEPTION_COLUMNS: readonly Column[] = [
  { header: 'Item', width: 28 },
  { header: 'Class', width: 20 },
  { header: 'State', width: 10 },
  { header: 'Currency', width: 9 },
  { header: 'Money at stake', width: 15 },
  { header: 'Invoice total', width: 15 },
  { header: 'Billing paid', width: 15 },
  { header: 'Gateway net', width: 15 },
  { header: 'Gateway - billing', width: 16 },
  { header: 'Invoices', width: 24 },
  { header: 'Payments', width: 30 },
  { header: 'Customer', width: 28 },
  { header: 'Date', width: 11 },
  { header: 'Period', width: 9 },
  { header: 'Age (days)', width: 10 },
  { header: 'Note', width: 40 },
  { header: 'Resolution reason', width: 40 },
  { header: 'Sealed', width: 8 },
];

export function exceptionCells(item: ReconItem): Cell[] {
  const money = (amountMinor: number | null): Cell => (amountMinor === null ? null : { amountMinor, currency: item.currency });
  return [
    item.key,
    item.class,
    item.state,
    item.currency,
    money(item.amountAtStakeMinor),
    money(item.totalMinor),
    money(item.billingMinor),
    money(item.gatewayMinor),
    money(item.differenceMinor),
    item.invoiceNumbers.join(' '),
    item.paymentIds.join(' '),
    item.customer,
    item.itemDate,
    item.period,
    item.ageDays,
    item.note,
    item.resolutionReason,
    item.sealed ? 'yes' : 'no',
  ];
}
