import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import { errorTitle } from '../api/error-text';

interface CallErrorProps {
  error: ApiError;
  /** What was being attempted, e.g. "Loading connections". */
  doing?: string;
  onRetry?: () => void;
}

/** A failed call, said plainly where it happened, with a way to try again. */
export function CallError({ error, doing, onRetry }: CallErrorProps): ReactNode {
  return (
    <div role="alert" className="call-error">
      <p className="call-error-title">
        {doing ? `${doing} failed: ` : ''}
        {errorTitle(error.code)}
      </p>
      <p className="call-error-message">{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
