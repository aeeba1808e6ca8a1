import type { ReactNode } from 'react';
import { EmptyState } from '../components/empty-state';
import { Page } from '../components/page';

export function AuditPage(): ReactNode {
  return (
    <Page title="Audit">
      <EmptyState>
        <p>
          Every sync, match, resolution, retransmission and setting change, with who made it and when, in a
          tamper-evident trail you can verify and export. Arrives with the audit log.
        </p>
      </EmptyState>
    </Page>
  );
}
