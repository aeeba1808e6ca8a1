import type { ReactNode } from 'react';
import type { CurrencyBridge } from '../../../../../shared/contract/reconcile';
import { classLabel } from '../class-text';
import { moneyText, signedMoneyText } from '../money-text';

interface CurrencyBridgeTableProps {
  bridge: CurrencyBridge;
  periodName: string;
  /** The period is closed: the figures are the sealed ones, nothing is left to do. */
  sealed: boolean;
}

/** gateway total − billing total = Σ lines + residual, for one currency, top to bottom. */
export function CurrencyBridgeTable({ bridge, periodName, sealed }: CurrencyBridgeTableProps): ReactNode {
  const { currency } = bridge;
  const difference = bridge.gatewayTotalMinor - bridge.billingTotalMinor;
  return (
    <section className="month-end-currency" aria-label={`${currency} bridge`}>
      <header className="card-header">
        <h3>{currency}</h3>
        {!sealed && (
          <span className={bridge.closable ? 'badge month-end-ready' : 'badge month-end-blocked'}>
            {bridge.closable ? 'Ready to close' : 'Cannot close yet'}
          </span>
        )}
      </header>
      <table className="table month-end-table">
        <caption className="visually-hidden">
          {currency} statement bridge for {periodName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="recon-num">
              Items
            </th>
            <th scope="col" className="recon-num">
              Amount
            </th>
            <th scope="col">Explained</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              Gateway total <span className="hint">payments taken in {periodName}, net of refunds</span>
            </th>
            <td />
            <td className="recon-num">{moneyText(bridge.gatewayTotalMinor, currency)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">
              Billing total <span className="hint">paid on invoices issued in {periodName}</span>
            </th>
            <td />
            <td className="recon-num">{moneyText(bridge.billingTotalMinor, currency)}</td>
            <td />
          </tr>
          <tr className="month-end-subtotal">
            <th scope="row">Gateway − billing</th>
            <td />
            <td className="recon-num">{signedMoneyText(difference, currency)}</td>
            <td />
          </tr>
          {bridge.lines.map((line) => (
            <tr key={line.class}>
              <th scope="row">
                {classLabel(line.class)} <span className="mono hint">{line.class}</span>
              </th>
              <td className="recon-num">{line.count}</td>
              <td className="recon-num">{signedMoneyText(line.amountMinor, currency)}</td>
              <td className={line.explained ? 'month-end-explained' : 'month-end-unexplained'}>
                {line.explained ? '✓ explained' : '✗ items open'}
              </td>
            </tr>
          ))}
          <tr className={bridge.residualMinor === 0 ? 'month-end-residual' : 'month-end-residual month-end-residual-open'}>
            <th scope="row">
              Residual <span className="hint">timing (payments and invoices in different months) and anything unexplained</span>
            </th>
            <td />
            <td className="recon-num">{signedMoneyText(bridge.residualMinor, currency)}</td>
            <td>{residualStatus(bridge.residualMinor, sealed)}</td>
          </tr>
          {bridge.residualNote ? (
            <tr className="month-end-residual-note">
              <th scope="row">Note at closing</th>
              <td colSpan={3}>{bridge.residualNote}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

function residualStatus(residualMinor: number, sealed: boolean): string {
  if (residualMinor === 0) return '✓ none';
  return sealed ? '✓ noted at closing' : 'needs a note to close';
}
