import type { ReactNode } from 'react';
import { assertNever } from '../lib/assert-never';
import { AuditPage } from '../pages/audit/audit-page';
import { CheckoutsPage } from '../pages/checkouts/checkouts-page';
import { ConnectionsPage } from '../pages/connections/connections-page';
import { OverviewPage } from '../pages/overview-page';
import { ReconciliationPage } from '../pages/reconciliation/reconciliation-page';
import { RetransmissionsPage } from '../pages/retransmissions/retransmissions-page';
import { SettingsPage } from '../pages/settings/settings-page';
import type { PageId } from '../routing/pages';

export function PageOutlet({ page }: { page: PageId }): ReactNode {
  switch (page) {
    case 'overview':
      return <OverviewPage />;
    case 'reconciliation':
      return <ReconciliationPage />;
    case 'checkouts':
      return <CheckoutsPage />;
    case 'retransmissions':
      return <RetransmissionsPage />;
    case 'audit':
      return <AuditPage />;
    case 'connections':
      return <ConnectionsPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return assertNever(page);
  }
}
