import type { z } from 'zod';
import { classifyHttpStatus, describeNetworkError, parseRetryAfter } from './classify-failure';
import { TransmissionError } from './transmission-error';

export interface JsonRequest<T> {
  method?: 'GET' | 'POST' | 'PUT';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The response shape we rely on; anything else is schema drift, an integration failure. */
  schema: z.ZodType<T>;
}

export interface JsonResponse<T> {
  value: T;
  status: number;
  latencyMs: number;
}

/**
 * One HTTP exchange with a partner, every failure turned into a classified TransmissionError:
 * no response → connection; 5xx/429 → system; other 4xx or an unexpected body → integration.
 */
export async function requestJson<T>(request: JsonRequest<T>): Promise<JsonResponse<T>> {
  const endpoint = `${request.method ?? 'GET'} ${request.url.pathname}`;
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: { accept: 'application/json', ...request.headers },
      body: request.body ?? null,
      redirect: 'error',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    throw new TransmissionError('connection', endpoint, capitalise(describeNetworkError(error)));
  }
  const latencyMs = Math.round(performance.now() - started);

  if (!response.ok) {
    throw new TransmissionError(
      classifyHttpStatus(response.status),
      endpoint,
      `HTTP ${response.status}: ${partnerMessage(text) ?? response.statusText}`,
      response.status,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }

  const parsed = parseJson(text);
  const checked = request.schema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the body';
    throw new TransmissionError(
      'integration',
      endpoint,
      `Unexpected response shape at ${where}: ${issue?.message ?? 'invalid'}`,
      response.status,
    );
  }
  return { value: checked.data, status: response.status, latencyMs };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The human message a Stripe- or Xero-style error body carries, if any. */
function partnerMessage(text: string): string | null {
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null) return text.trim().slice(0, 200) || null;
  const record = body as Record<string, unknown>;
  const stripeError = record['error'];
  if (typeof stripeError === 'object' && stripeError !== null && 'message' in stripeError) {
    return String(stripeError.message);
  }
  for (const key of ['Detail', 'Message', 'message', 'Title']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
