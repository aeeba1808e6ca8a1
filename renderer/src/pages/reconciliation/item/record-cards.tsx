import type { ReactNode } from 'react';
import type { InvoiceView, LinkOrigin, PaymentView } from '../../../../../shared/contract/reconcile';
import { assertNever } from '../../../lib/assert-never';
import { moneyText } from '../money-text';
import { RawFields } from './raw-fields';

export function linkOriginText(origin: LinkOrigin): string {
  switch (origin) {
    case 'reference':
      return 'the gateway payment names the invoice';
    case 'billing_reference':
      return 'billing recorded this payment id';
    case 'suggestion':
      return 'a confirmed suggestion';
    case 'manual':
      return 'matched by hand';
    default:
      return assertNever(origin);
  }
}

function Fact({ term, children }: { term: string; children: ReactNode }): ReactNode {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The billing side: the invoice and what billing recorded as paid against it. */
export function InvoiceCard({ invoice }: { invoice: InvoiceView }): ReactNode {
  const money = (minor: number): string => moneyText(minor, invoice.currency);
  return (
    <article className="card recon-record" aria-label={`Invoice ${invoice.number}`}>
      <h4 className="mono">Invoice {invoice.number}</h4>
      <dl className="facts">
        <Fact term="Status">{invoice.status}</Fact>
        <Fact term="Customer">{[invoice.contactName, invoice.contactEmail].filter(Boolean).join(' · ') || '—'}</Fact>
        <Fact term="Issued / due">{`${invoice.issuedOn ?? '—'} / ${invoice.dueOn ?? '—'}`}</Fact>
        <Fact term="Total">{money(invoice.totalMinor)}</Fact>
        {invoice.amountCreditedMinor !== 0 && <Fact term="Credited">{money(invoice.amountCreditedMinor)}</Fact>}
        <Fact term="Paid (billing)">{money(invoice.amountPaidMinor)}</Fact>
        <Fact term="Due">{money(invoice.amountDueMinor)}</Fact>
      </dl>
      {invoice.billingPayments.length > 0 && (
        <table className="table recon-small-table">
          <caption>Recorded in billing</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">Reference</th>
              <th scope="col" className="recon-num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.billingPayments.map((payment) => (
              <tr key={payment.id}>
                <td>{payment.paidOn}</td>
                <td>{payment.kind}</td>
                <td className="mono">{payment.reference ?? '—'}</td>
                <td className="recon-num">{money(payment.amountMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RawFields entity="invoice" id={invoice.number} />
    </article>
  );
}

interface PaymentCardProps {
  payment: PaymentView;
  /** Offered on a linked payment of an item that may change. */
  onUnmatch: (() => void) | null;
}

/** The gateway side: one payment, its refunds netted, and how it is tied to the invoice. */
export function PaymentCard({ payment, onUnmatch }: PaymentCardProps): ReactNode {
  const money = (minor: number): string => moneyText(minor, payment.currency);
  return (
    <article className="card recon-record" aria-label={`Payment ${payment.id}`}>
      <h4 className="mono">Payment {payment.id}</h4>
      <dl className="facts">
        <Fact term="Status">{payment.status}</Fact>
        <Fact term="Taken">{payment.createdAt}</Fact>
        <Fact term="Amount">{money(payment.amountMinor)}</Fact>
        {payment.refundedMinor > 0 && (
          <>
            <Fact term="Refunded">{money(payment.refundedMinor)}</Fact>
            <Fact term="Net">{money(payment.amountMinor - payment.refundedMinor)}</Fact>
          </>
        )}
        <Fact term="Customer">{payment.customerEmail ?? '—'}</Fact>
        <Fact term="Invoice reference">{payment.invoiceReference ?? '—'}</Fact>
        {payment.cardBrand !== null && <Fact term="Card">{`${payment.cardBrand} ···· ${payment.cardLast4 ?? '????'}`}</Fact>}
        {payment.chargeId !== null && <Fact term="Charge">{payment.chargeId}</Fact>}
        <Fact term="Linked by">
          {payment.link === null
            ? 'not linked'
            : `${linkOriginText(payment.link.origin)}, ${money(payment.link.allocatedMinor)} allocated`}
        </Fact>
      </dl>
      <div className="card-actions">
        {onUnmatch !== null && (
          <button type="button" className="button button-small" title="Unmatch (u)" onClick={onUnmatch}>
            Unmatch…
          </button>
        )}
        <RawFields entity="payment" id={payment.id} />
      </div>
    </article>
  );
}
