import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callsReading } from '../../../shared/contract/query-keys';
import { assertNever } from '../lib/assert-never';
import { useClient } from './client-context';

/** The one subscription to pushed events: each `data.changed` refreshes the calls it affects. */
export function useDataChangedRefresh(): void {
  const client = useClient();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.subscribe((event) => {
        switch (event.name) {
          case 'data.changed':
            for (const name of callsReading(event.payload.tables)) {
              void queryClient.invalidateQueries({ queryKey: [name] });
            }
            return;
          default:
            assertNever(event.name);
        }
      }),
    [client, queryClient],
  );
}
