import type { ReactNode } from 'react';
import type { ItemFilter, Period } from '../../../../../shared/contract/reconcile';
import { useClient } from '../../../api/client-context';
import { ExportControls } from '../../../components/export-controls';
import { EXPORT_FORMATS } from './export-text';

export type ExportTarget = { what: 'exceptions'; filter: ItemFilter } | { what: 'bridge'; period: Period };

/** CSV, Excel and PDF of the exception list (with the filter on screen) or of a period's bridge. */
export function ExportButtons({ request }: { request: ExportTarget }): ReactNode {
  const client = useClient();
  return (
    <ExportControls
      subject={request.what === 'bridge' ? 'the bridge' : 'the list'}
      formats={EXPORT_FORMATS}
      counted={request.what === 'exceptions' ? ['item', 'items'] : undefined}
      make={(format) =>
        client.call(
          'recon.export',
          request.what === 'bridge' ? { what: 'bridge', format, period: request.period } : { what: 'exceptions', format, filter: request.filter },
        )
      }
    />
  );
}
