import type { ReactNode } from 'react';
import { EmptyState } from '../../components/empty-state';
import { hrefOf } from '../../routing/pages';

/** Nothing was ever sent through the outbox: say what the page is for and how rows get here. */
export function EmptyQueue(): ReactNode {
  return (
    <EmptyState>
      <p>
        Payments the gateway took but billing has not recorded are sent to billing from here, and wait here when billing
        cannot take them. Each attempt first asks billing whether the payment is already recorded, and only then posts it,
        so nothing is ever recorded twice.
      </p>
      <p>
        Gateway events the merchant’s own system missed (a “payment succeeded” event, when the customer closed the payment
        pop-up) are re-sent from here to the merchant’s webhook endpoint, set in <a href={hrefOf('settings')}>Settings</a>.
      </p>
      <p>
        Nothing has been sent yet. On <a href={hrefOf('reconciliation')}>Reconciliation</a>, open an item of class
        “Payment not in billing” and choose <strong>Post to billing</strong>, or one of class “Payment without invoice” and
        choose <strong>Re-send payment event</strong>; what it sends shows up here with every attempt.
      </p>
    </EmptyState>
  );
}
