import type { ReactNode } from 'react';
import { EmptyState } from '../components/empty-state';
import { Page } from '../components/page';

export function RetransmissionsPage(): ReactNode {
  return (
    <Page title="Retransmissions">
      <EmptyState>
        <p>
          Records that failed to reach the billing system, waiting to be sent again. Paydesk checks each one before
          posting, so nothing is recorded twice. Arrives with the outbox.
        </p>
      </EmptyState>
    </Page>
  );
}
