import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxServerName } from '../../../shared/contract/sandbox';

/** A request as the resource handlers see it: already read, never streamed. */
export interface SandboxRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A response before it is written. Handlers return values instead of writing to the socket so the
 * fault layer can delay, distort, cut off or withhold any of them without the handlers knowing.
 */
export interface SandboxResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body; exactly one of json and text is set. */
  readonly json?: unknown;
  readonly text?: string;
}

export type RequestHandler = (request: SandboxRequest) => SandboxResponse;

/** How one API speaks when things go wrong: each real service has its own error shapes. */
export interface FaultDialect {
  readonly name: SandboxServerName;
  maintenance(retryAfterSeconds: number): SandboxResponse;
  rateLimited(retryAfterSeconds: number): SandboxResponse;
  serverError(status: 500 | 502): SandboxResponse;
  /** Renames or removes the dialect's money field in a successful JSON body. */
  drift(body: unknown, mode: 'renamed_field' | 'missing_field'): unknown;
  /** Headers every response carries, such as a request id. */
  commonHeaders(): Record<string, string>;
}

export function jsonResponse(status: number, json: unknown, headers?: Record<string, string>): SandboxResponse {
  return headers ? { status, json, headers } : { status, json };
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
