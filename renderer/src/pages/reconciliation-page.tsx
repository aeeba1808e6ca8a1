import type { ReactNode } from 'react';
import { EmptyState } from '../components/empty-state';
import { Page } from '../components/page';

export function ReconciliationPage(): ReactNode {
  return (
    <Page title="Reconciliation">
      <EmptyState>
        <p>
          Payments and invoices side by side, with every mismatch and the money at stake. Arrives with the matching
          engine.
        </p>
      </EmptyState>
    </Page>
  );
}
