import type { UseMutationResult } from '@tanstack/react-query';
import type { CallInput, CallOutput } from '../../../../shared/contract/calls';
import type { ApiError } from '../../../../shared/contract/errors';
import { useCallMutation } from '../../api/use-call';

/** Acknowledge or snooze an alert; the alert lists (the panel, the navigation's count) and the audit trail show it at once. */
export function useAlertAction<N extends 'alerts.acknowledge' | 'alerts.snooze'>(name: N): UseMutationResult<CallOutput<N>, ApiError, CallInput<N>> {
  return useCallMutation(name, { invalidates: ['alerts.list', 'audit.list'] });
}
