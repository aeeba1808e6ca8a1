import type { CheckoutRow } from '../../../shared/contract/checkouts';
import { STAGE_LABELS } from '../../../shared/domain/checkout-stage';
import type { Cell, Column, Table } from '../export/table';

const COLUMNS: readonly Column[] = [
  { header: 'Customer', width: 24 },
  { header: 'Email', width: 28 },
  { header: 'Invoice', width: 16 },
  { header: 'Amount', width: 12 },
  { header: 'Currency', width: 9 },
  { header: 'Stage', width: 24 },
  { header: 'Started (UTC)', width: 22 },
  { header: 'Checkout', width: 10 },
  { header: 'Came back and paid', width: 10 },
  { header: 'Decline reason', width: 28 },
  { header: 'Recovery link', width: 40 },
  { header: 'Session', width: 30 },
];

/** The recovery list: who to contact, about how much, where they stopped, and the link to resume. */
export function recoveryTable(rows: Iterable<CheckoutRow>): Table {
  return { name: 'Abandoned checkouts', columns: COLUMNS, rows: cells(rows) };
}

function* cells(rows: Iterable<CheckoutRow>): Generator<Cell[]> {
  for (const row of rows) {
    const amount = row.amountMinor !== null && row.currency !== null ? { amountMinor: row.amountMinor, currency: row.currency } : null;
    yield [
      row.customerName,
      row.customerEmail,
      row.invoiceReference,
      amount,
      row.currency,
      STAGE_LABELS[row.stage],
      row.startedAt,
      row.open ? 'open' : 'expired',
      row.recovered ? 'yes' : 'no',
      row.declineReason,
      row.recoveryUrl,
      row.sessionId,
    ];
  }
}
