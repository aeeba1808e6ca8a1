import type { UseMutationResult } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../../../shared/contract/calls';
import type { ApiError } from '../../../../shared/contract/errors';
import type { CallName } from '../../../../shared/contract/names';
import { useCallMutation } from '../../api/use-call';

/** Every view of the outbox. `data.changed` refreshes them too; this shows the change without waiting for it. */
const OUTBOX_VIEWS = ['outbox.summary', 'outbox.list', 'outbox.detail', 'outbox.forItem'] as const satisfies readonly CallName[];

type OutboxChange = 'outbox.act' | 'outbox.postItem' | 'outbox.resendEvents';

/** Act on rows, or queue an item's payments or events; the outbox views are refreshed before it reports back. */
export function useOutboxMutation<N extends OutboxChange>(name: N): UseMutationResult<CallOutput<N>, ApiError, CallInput<N>> {
  return useCallMutation(name, { invalidates: OUTBOX_VIEWS });
}
