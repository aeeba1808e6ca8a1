import type { ReactNode } from 'react';
import { EmptyState } from '../components/empty-state';
import { Page } from '../components/page';

export function CheckoutsPage(): ReactNode {
  return (
    <Page title="Checkouts">
      <EmptyState>
        <p>
          Checkouts customers abandoned, and where they dropped off: card entry, the bank's 3-D Secure check, a
          decline, or paid at the gateway but never completed on your site. Arrives with checkout tracking.
        </p>
      </EmptyState>
    </Page>
  );
}
