import { TransmissionError } from '../connectors/transmission-error';
import type { AttemptResult, Exchange } from './attempt-log';

/** A classified failure as an attempt's result, the request that met it last in its history. Anything else is a bug: rethrown. */
export function failedAttempt(error: unknown, exchanges: readonly Exchange[], request: string): AttemptResult {
  if (!(error instanceof TransmissionError)) throw error;
  return {
    outcome: 'failed',
    failureClass: error.failureClass,
    httpStatus: error.httpStatus,
    retryAfterMs: error.retryAfterMs,
    message: `${error.endpoint}: ${error.message}`,
    exchanges: [...exchanges, { request, response: error.httpStatus === null ? `no answer: ${error.message}` : error.message }],
  };
}
