import type { ReconItem } from '../../../../shared/contract/reconcile';
import type { Cell, Column, Table } from '../../../../electron/core/export/table';

/** What people and partners may type into a name or reference, aimed at a spreadsheet. */
export const HOSTILE_TEXTS = ['=HYPERLINK("http://evil.example","click")', '+1', '-1', '@SUM(A1:A9)', '\tindented', '\rreturn'];

export const COLUMNS: readonly Column[] = [
  { header: 'Text', width: 20 },
  { header: 'Amount', width: 12 },
  { header: 'Count', width: 8 },
];

export function tableOf(rows: readonly (readonly Cell[])[]): Table {
  return { name: 'Rows', columns: COLUMNS, rows };
}

export function item(overrides: Partial<ReconItem> = {}): ReconItem {
  return {
    key: 'invoice:INV-1',
    class: 'amount_mismatch',
    state: 'open',
    invoiceNumber: 'INV-1',
    paymentId: null,
    invoiceNumbers: ['INV-1'],
    paymentIds: ['pi_1', 'pi_2'],
    currency: 'EUR',
    amountAtStakeMinor: 1_250,
    totalMinor: 10_000,
    billingMinor: 10_000,
    gatewayMinor: 8_750,
    differenceMinor: -1_250,
    customer: 'Müller, "Söhne" & Co',
    itemDate: '2024-03-05',
    period: '2024-03',
    ageDays: 12,
    suggestionScore: null,
    note: null,
    resolutionReason: null,
    sealed: false,
    ...overrides,
  };
}
