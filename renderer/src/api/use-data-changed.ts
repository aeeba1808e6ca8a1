import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callsReading } from '../../../shared/contract/query-keys';
import { assertNever } from '../lib/assert-never';
import { notifyInBrowser } from '../lib/browser-notifications';
import { useClient } from './client-context';
import { recordJobProgress } from './jobs-cache';
import { asKnownEvent } from './pushed-event';

/**
 * The one subscription to pushed events: each `data.changed` refreshes the calls it affects, and
 * each `job.progress` moves the job's entry in the cached `jobs.list` (no refetch per tick), and
 * each `alert.raised` refreshes the alert lists.
 */
export function useDataChangedRefresh(): void {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.subscribe((raw) => {
        const event = asKnownEvent(raw);
        switch (event.name) {
          case 'data.changed':
            for (const name of callsReading(event.payload.tables)) {
              void queryClient.invalidateQueries({ queryKey: [name] });
            }
            return;
          case 'job.progress':
            recordJobProgress(queryClient, event.payload);
            return;
          case 'alert.raised':
            // The alert panel and the header's count show it; the desktop app's main process
            // notifies, the browser console asks the browser (when the person allowed it).
            void queryClient.invalidateQueries({ queryKey: ['alerts.list'] });
            notifyInBrowser(event.payload);
            return;
          default:
            assertNever(event);
        }
      }),
    [client, queryClient],
  );
}
