import type { FailureClass } from '../../../shared/domain/failure-class';

/** A failed exchange with a partner, classified so the retry policy and the UI know what to do. */
export class TransmissionError extends Error {
  constructor(
    readonly failureClass: FailureClass,
    readonly endpoint: string,
    message: string,
    readonly httpStatus: number | null = null,
    /** From Retry-After, when the partner said how long to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'TransmissionError';
  }
}
