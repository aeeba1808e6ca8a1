import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CallOutput } from '../../../../../shared/contract/calls';
import type { ApiError } from '../../../../../shared/contract/errors';
import { queryKeyOf } from '../../../../../shared/contract/query-keys';
import type { ItemFilter, ItemSort, ReconItem } from '../../../../../shared/contract/reconcile';
import { useClient } from '../../../api/client-context';
import { toApiError } from '../../../api/error-text';
import { PAGE_SIZE, pageInput, pageOf } from './item-pages';

export interface ItemPages {
  /** How many items match the filter; null until the first page has arrived. */
  total: number | null;
  /** A row if its page is loaded; undefined while it is on its way. */
  rowAt: (index: number) => ReconItem | undefined;
  /** The total as the cache holds it now, for handlers that run after a refresh. */
  totalNow: () => number;
  error: ApiError | null;
  refetch: () => void;
}

type Page = CallOutput<'recon.listItems'>;

/**
 * The exceptions list, fetched page by page as it scrolls. Each page is its own cached query
 * under the contract's key, so `data.changed` and a decision refresh exactly the loaded pages.
 */
export function useItemPages(filter: ItemFilter, sort: ItemSort, pages: readonly number[]): ItemPages {
  const client = useClient();
  const queryClient = useQueryClient();
  const results = useQueries({
    queries: pages.map((page) => {
      const input = pageInput(filter, sort, page);
      return {
        queryKey: queryKeyOf('recon.listItems', input),
        queryFn: async (): Promise<Page> => {
          try {
            return await client.call('recon.listItems', input);
          } catch (error) {
            throw toApiError(error);
          }
        },
      };
    }),
  });

  // Read through the cache rather than `results`, so a handler reading a row right after a
  // decision (to move to the next open item) sees the refreshed page.
  const pageData = useCallback(
    (page: number): Page | undefined => queryClient.getQueryData<Page>(queryKeyOf('recon.listItems', pageInput(filter, sort, page))),
    [queryClient, filter, sort],
  );
  const rowAt = useCallback(
    (index: number): ReconItem | undefined => pageData(pageOf(index))?.rows[index - pageOf(index) * PAGE_SIZE],
    [pageData],
  );
  const totalNow = useCallback((): number => pageData(0)?.total ?? 0, [pageData]);
  const failed = results.find((result) => result.error !== null);
  return {
    total: results[0]?.data?.total ?? null,
    rowAt,
    totalNow,
    error: failed ? toApiError(failed.error) : null,
    refetch: () => results.forEach((result) => void result.refetch()),
  };
}
