import type { ReactNode } from 'react';
import type { ReconItem } from '../../../../../shared/contract/reconcile';
import { differenceMeaning, moneyText, signedMoneyText } from '../money-text';

/** T, B, G and G − B side by side; the difference stands out unless both sides agree. */
export function DifferenceView({ item }: { item: ReconItem }): ReactNode {
  const money = (minor: number): string => moneyText(minor, item.currency);
  const disagree = item.differenceMinor !== 0;
  return (
    <dl className="recon-difference" aria-label="The difference">
      <div>
        <dt>Invoice total (T)</dt>
        <dd>{item.totalMinor === null ? 'no invoice' : money(item.totalMinor)}</dd>
      </div>
      <div>
        <dt>Billing paid (B)</dt>
        <dd>{money(item.billingMinor)}</dd>
      </div>
      <div>
        <dt>Gateway net (G)</dt>
        <dd>{money(item.gatewayMinor)}</dd>
      </div>
      <div className={disagree ? 'recon-difference-key recon-difference-bad' : 'recon-difference-key'}>
        <dt>Difference (G − B)</dt>
        <dd>
          <strong>{signedMoneyText(item.differenceMinor, item.currency)}</strong>
          <span className="recon-sub">{differenceMeaning(item.differenceMinor)}</span>
        </dd>
      </div>
      <div>
        <dt>At stake</dt>
        <dd>{money(item.amountAtStakeMinor)}</dd>
      </div>
    </dl>
  );
}
