import { z } from 'zod';

/**
 * What went wrong, in a small fixed vocabulary the UI can act on. The three transmission
 * classes of DESIGN.md are error codes too, so a failed call to a partner says which it was.
 */
export const ErrorCode = z.enum([
  'validation',
  'not_found',
  'conflict',
  'offline',
  'unavailable',
  'connection',
  'system',
  'integration',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** The reply of every call on every transport. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const EnvelopeShape = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
]);

/** An error that travels as a value: thrown inside handlers, turned into an envelope at the edge. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}
