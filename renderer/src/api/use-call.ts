import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../../shared/contract/calls';
import type { ApiError } from '../../../shared/contract/errors';
import type { CallName } from '../../../shared/contract/names';
import { queryKeyOf } from '../../../shared/contract/query-keys';
import { useClient } from './client-context';
import { toApiError } from './error-text';

/** Reads a call's result, cached under the contract-derived key so events can refresh it. */
export function useCall<N extends CallName>(name: N, input: CallInput<N>): UseQueryResult<CallOutput<N>, ApiError> {
  const client = useClient();
  return useQuery<CallOutput<N>, ApiError>({
    queryKey: queryKeyOf(name, input),
    queryFn: async () => {
      try {
        return await client.call(name, input);
      } catch (error) {
        throw toApiError(error);
      }
    },
  });
}

export interface CallMutationOptions<N extends CallName = CallName> {
  /** Calls whose cached results this change makes stale, refreshed whether it worked or not. */
  invalidates?: readonly CallName[];
  /** Runs with the result before anything is refreshed, e.g. to put it in a cache. */
  onSuccess?: (output: CallOutput<N>) => void;
}

/** Makes a call that changes something. */
export function useCallMutation<N extends CallName>(
  name: N,
  options: CallMutationOptions<N> = {},
): UseMutationResult<CallOutput<N>, ApiError, CallInput<N>> {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation<CallOutput<N>, ApiError, CallInput<N>>({
    mutationFn: async (input) => {
      try {
        return await client.call(name, input);
      } catch (error) {
        throw toApiError(error);
      }
    },
    onSuccess: (output) => options.onSuccess?.(output),
    onSettled: async () => {
      const stale = options.invalidates ?? [];
      await Promise.all(stale.map((call) => queryClient.invalidateQueries({ queryKey: [call] })));
    },
  });
}
