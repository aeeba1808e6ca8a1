import type { Sandbox } from '../../../electron/sandbox';

// Thin HTTP helpers for the sandbox tests: a real fetch against the real servers on loopback.

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML 502, say): the text itself is the body.
  }
  return { status: response.status, headers: response.headers, body };
}

export function gatewayHeaders(sandbox: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${sandbox.credentials.gatewayKey}`, ...extra };
}

export function billingHeaders(sandbox: Sandbox, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${sandbox.credentials.billingToken}`, 'xero-tenant-id': sandbox.credentials.billingTenantId, accept: 'application/json', ...extra };
}

export async function gatewayGet(sandbox: Sandbox, path: string, headers = gatewayHeaders(sandbox)): Promise<Reply> {
  return reply(await fetch(`${sandbox.gateway.url}${path}`, { headers }));
}

export async function gatewayPost(sandbox: Sandbox, path: string, form: Record<string, string>, extra: Record<string, string> = {}): Promise<Reply> {
  const body = new URLSearchParams(form).toString();
  return reply(await fetch(`${sandbox.gateway.url}${path}`, { method: 'POST', body, headers: gatewayHeaders(sandbox, { 'content-type': 'application/x-www-form-urlencoded', ...extra }) }));
}

export async function billingGet(sandbox: Sandbox, path: string, extra: Record<string, string> = {}): Promise<Reply> {
  return reply(await fetch(`${sandbox.billing.url}/api.xro/2.0${path}`, { headers: billingHeaders(sandbox, extra) }));
}

export async function billingPut(sandbox: Sandbox, path: string, json: unknown, extra: Record<string, string> = {}, signal?: AbortSignal): Promise<Reply> {
  return reply(
    await fetch(`${sandbox.billing.url}/api.xro/2.0${path}`, {
      method: 'PUT',
      body: JSON.stringify(json),
      headers: billingHeaders(sandbox, { 'content-type': 'application/json', ...extra }),
      ...(signal ? { signal } : {}),
    }),
  );
}

/** Narrows a JSON body to an object for property access in assertions. */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`expected a JSON object, got ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}

export function list(value: unknown, key = 'data'): Array<Record<string, unknown>> {
  const items = obj(value)[key];
  if (!Array.isArray(items)) throw new Error(`expected an array at ${key}`);
  return items.map(obj);
}
