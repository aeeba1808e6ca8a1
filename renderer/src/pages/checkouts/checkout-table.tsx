import type { ReactNode } from 'react';
import type { CheckoutRow } from '../../../../shared/contract/checkouts';
import { STAGE_LABELS } from '../../../../shared/domain/checkout-stage';
import { moneyText } from '../reconciliation/money-text';

/** "2026-10-30 14:05 UTC": the days the filters count are UTC days too. */
function startedText(at: string): string {
  return `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
}

/**
 * The gateway's recovery link is for the customer, not to open here: shown in a read-only field
 * that selects itself, to copy into a message (the CSV export carries them all).
 */
function RecoveryLink({ row }: { row: CheckoutRow }): ReactNode {
  if (!row.recoveryUrl) return null;
  return (
    <input
      className="recovery-link"
      readOnly
      value={row.recoveryUrl}
      aria-label={`Recovery link for ${row.customerName ?? row.customerEmail ?? row.sessionId}`}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}

/** Who abandoned what, where, and the way to get them back. */
export function CheckoutTable({ rows }: { rows: readonly CheckoutRow[] }): ReactNode {
  return (
    <table className="table checkout-table" aria-label="Abandoned checkouts">
      <thead>
        <tr>
          <th scope="col">Started</th>
          <th scope="col">Customer</th>
          <th scope="col">Invoice</th>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col">Stage</th>
          <th scope="col">Follow-up</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sessionId}>
            <td>{startedText(row.startedAt)}</td>
            <td>
              <div>{row.customerName ?? 'Unknown customer'}</div>
              {row.customerEmail && <div className="muted">{row.customerEmail}</div>}
            </td>
            <td>{row.invoiceReference ?? '–'}</td>
            <td className="numeric">{row.amountMinor !== null && row.currency !== null ? moneyText(row.amountMinor, row.currency) : '–'}</td>
            <td>
              <div>{STAGE_LABELS[row.stage]}</div>
              <div className="muted">
                {[row.open ? 'still open' : null, row.declineReason, row.recovered ? 'came back and paid' : null].filter(Boolean).join(' · ')}
              </div>
            </td>
            <td>
              {row.stage === 'paid_not_committed' ? (
                <span>Post it to billing from Reconciliation{row.itemKey ? ` (${row.itemKey})` : ''}</span>
              ) : row.recoveryUrl ? (
                <RecoveryLink row={row} />
              ) : row.recovered ? (
                <span className="muted">Nothing to do</span>
              ) : (
                <span className="muted">Contact the customer</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
