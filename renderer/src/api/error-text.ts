import { ApiError, type ErrorCode } from '../../../shared/contract/errors';
import { assertNever } from '../lib/assert-never';

/**
 * A short heading for an error, in words a finance user knows. The partner classes avoid the
 * connector status texts ("Connection issue") so an error never reads as a health status.
 */
export function errorTitle(code: ErrorCode): string {
  switch (code) {
    case 'validation':
      return 'Paydesk could not accept that';
    case 'not_found':
      return 'Not found';
    case 'conflict':
      return 'Someone changed this in the meantime';
    case 'offline':
      return 'Paydesk service not reachable';
    case 'unavailable':
      return 'Not available right now';
    case 'connection':
      return 'Could not reach the partner';
    case 'system':
      return "The partner's service had a problem";
    case 'integration':
      return 'The partner rejected the request';
    case 'internal':
      return 'Something went wrong inside Paydesk';
    default:
      return assertNever(code);
  }
}

/** Any thrown value as an ApiError, so nothing reaches the screen without a code. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message);
}
