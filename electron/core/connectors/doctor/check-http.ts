import { request as httpRequest } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { classifyHttpStatus, describeNetworkError } from '../classify-failure';
import { reachabilityAdvice, systemAdvice } from './advice';
import type { ResolvedAddress } from './check-dns';
import { elapsedSince, failed, formatSeconds, passed } from './stage-outcome';
import type { StageOutcome } from './stage-outcome';
import type { DoctorTarget } from './target';

export interface HttpOptions {
  timeoutMs: number;
  ca?: string | Buffer | undefined;
}

/**
 * One unauthenticated GET of the base URL. Any status line proves the server speaks HTTP; only a
 * 5xx or 429 says it is unwell. Sent to the address the TCP step reached, with the real Host.
 */
export async function checkHttp(target: DoctorTarget, address: ResolvedAddress, options: HttpOptions): Promise<StageOutcome> {
  const path = `${target.url.pathname}${target.url.search}`;
  const started = performance.now();
  let status: number;
  try {
    status = await statusOf(target, address, path, options);
  } catch (error) {
    const detail = `${target.host} accepted the connection but gave no HTTP answer to GET ${path}: ${httpReason(error)}`;
    return failed(detail, elapsedSince(started), 'connection', reachabilityAdvice(target.host, target.port));
  }
  const durationMs = elapsedSince(started);
  if (status >= 400 && classifyHttpStatus(status) === 'system') {
    return failed(`The server answered HTTP ${status} to GET ${path}`, durationMs, 'system', systemAdvice(status));
  }
  return passed(`The server speaks HTTP (status ${status} for GET ${path})`, durationMs);
}

function statusOf(target: DoctorTarget, address: ResolvedAddress, path: string, options: HttpOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const common = {
      host: address.address,
      port: target.port,
      path,
      method: 'GET',
      headers: { host: target.url.host, accept: '*/*', 'user-agent': 'Paydesk connection doctor' },
      // A fresh connection each time: a pooled one could hide that the server stopped accepting.
      agent: false,
    };
    const onResponse = (response: IncomingMessage): void => {
      clearTimeout(timer);
      resolve(response.statusCode ?? 0);
      // The status line is all we need: drop the body rather than download it. Cutting it off
      // makes the response report an abort, which is our doing, not a finding.
      response.on('error', () => undefined);
      response.destroy();
    };
    const request = target.secure
      ? httpsRequest(
          {
            ...common,
            ...(target.ipFamily === 0 ? { servername: target.host } : {}),
            rejectUnauthorized: true,
            ...(options.ca === undefined ? {} : { ca: options.ca }),
          },
          onResponse,
        )
      : httpRequest(common, onResponse);
    const timer = setTimeout(() => {
      request.destroy(Object.assign(new Error(`no answer within ${formatSeconds(options.timeoutMs)}`), { code: 'DOCTOR_TIMEOUT' }));
    }, options.timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}

function httpReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'DOCTOR_TIMEOUT' && error instanceof Error) return error.message;
  // llhttp's parse errors: something answered, but not in HTTP.
  if (code.startsWith('HPE_')) return `the answer was not HTTP (${code})`;
  return describeNetworkError(error);
}
