import Stripe from 'stripe';
import { classifyHttpStatus, describeNetworkError, parseRetryAfter } from '../classify-failure';
import { TransmissionError } from '../transmission-error';

/**
 * A request refused because the list position we resumed from no longer exists (an event past
 * Stripe's retention, a deleted object). Integration class, but the list can simply start over.
 */
export class StaleCursorError extends TransmissionError {
  constructor(endpoint: string, message: string, httpStatus: number | null) {
    super('integration', endpoint, message, httpStatus);
    this.name = 'StaleCursorError';
  }
}

const { StripeError, StripeConnectionError, StripeAPIError, StripeRateLimitError, StripeInvalidRequestError } = Stripe.errors;

/**
 * Turns whatever the Stripe SDK threw into a classified TransmissionError. `lastStatus` is the
 * HTTP status our fetch saw, because the SDK drops it when a body is not JSON (a proxy's 502 page).
 */
export function stripeFailure(error: unknown, endpoint: string, lastStatus: number | null): TransmissionError {
  if (error instanceof TransmissionError) return error;
  if (!(error instanceof StripeError)) {
    return new TransmissionError('connection', endpoint, capitalise(describeNetworkError(error)));
  }
  if (error instanceof StripeConnectionError) {
    return new TransmissionError('connection', endpoint, capitalise(connectionProblem(error)));
  }
  const status = error.statusCode ?? lastStatus;
  const retryAfterMs = parseRetryAfter(error.headers?.['retry-after'] ?? null);
  if (error instanceof StripeAPIError && error.statusCode === undefined) {
    // The SDK could not read the body as JSON: a gateway or proxy error page, or a broken answer.
    const failureClass = status !== null && status >= 200 && status < 300 ? 'integration' : 'system';
    return new TransmissionError(failureClass, endpoint, `HTTP ${status ?? 'error'}: the gateway answered with something that is not JSON`, status, retryAfterMs);
  }
  const message = `HTTP ${status ?? '?'}: ${error.message}`;
  if (error instanceof StripeRateLimitError) return new TransmissionError('system', endpoint, message, status, retryAfterMs);
  if (error instanceof StripeInvalidRequestError && (error.param === 'starting_after' || error.param === 'ending_before')) {
    return new StaleCursorError(endpoint, message, status);
  }
  // Authentication, permission, invalid request, idempotency and card errors are 4xx: a person
  // must act. API errors are 5xx. The status decides, as for every other partner.
  const failureClass = status === null ? (error instanceof StripeAPIError ? 'system' : 'integration') : classifyHttpStatus(status);
  return new TransmissionError(failureClass, endpoint, message, status, retryAfterMs);
}

function connectionProblem(error: InstanceType<typeof StripeConnectionError>): string {
  const detail = error.detail;
  if (detail instanceof Error) {
    if ('code' in detail && detail.code === 'ETIMEDOUT') return 'the partner accepted the request but did not answer in time';
    // A body cut off mid-way arrives wrapped; its cause names the socket error.
    const inner = 'exception' in detail && detail.exception instanceof Error ? detail.exception : detail;
    const described = describeNetworkError(inner);
    return described === 'terminated' ? 'the connection was closed before the response was complete' : described;
  }
  return error.message;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
