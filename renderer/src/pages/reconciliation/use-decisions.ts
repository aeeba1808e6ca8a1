import type { UseMutationResult } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../../../shared/contract/calls';
import type { ApiError } from '../../../../shared/contract/errors';
import type { CallName } from '../../../../shared/contract/names';
import { useCallMutation } from '../../api/use-call';

/** Everything a decision can change the look of; refreshed before the mutation reports back. */
const AFTER_DECISION = [
  'recon.summary',
  'recon.listItems',
  'recon.item',
  'recon.candidates',
  'recon.periods',
  'recon.bridge',
] as const satisfies readonly CallName[];

type DecisionCall = 'recon.decide' | 'recon.bulk' | 'recon.undo';

/**
 * Decide, bulk-decide or undo. The lists are refreshed before the returned promise settles, so
 * the caller can move on to the next open item in the refreshed list.
 */
export function useDecision<N extends DecisionCall>(name: N): UseMutationResult<CallOutput<N>, ApiError, CallInput<N>> {
  return useCallMutation(name, { invalidates: AFTER_DECISION });
}
