import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox';
import type { Sandbox } from '../../../electron/sandbox';
import { NO_FAULTS } from '../../../shared/contract/sandbox';
import { billingGet, billingPut, gatewayGet, gatewayHeaders, list, obj } from './clients';

// Each fault mode as a client sees it, over real sockets on loopback.

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 3 });
});
afterEach(async () => {
  await sandbox.gateway.setFaults(NO_FAULTS);
  await sandbox.billing.setFaults(NO_FAULTS);
});
afterAll(() => sandbox.close());

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('down', () => {
  it('refuses connections, then listens again on the same port', async () => {
    const { url, port } = sandbox.gateway;
    // A connection kept alive from a healthy request must not turn "refused" into "closed
    // mid-response"; undici shows that race when the request carries an abort signal.
    const request = (): Promise<Response> => fetch(`${url}/v1/balance`, { headers: gatewayHeaders(sandbox), signal: AbortSignal.timeout(5_000) });
    expect((await request()).status).toBe(200);
    await sandbox.gateway.setFaults({ down: true });
    expect(sandbox.gateway.faults().down).toBe(true);
    expect(errorCode(await failure(request()))).toBe('ECONNREFUSED');
    expect((await billingGet(sandbox, '/Organisation')).status).toBe(200);
    await sandbox.gateway.setFaults({ down: false });
    expect(sandbox.gateway.port).toBe(port);
    expect((await gatewayGet(sandbox, '/v1/balance')).status).toBe(200);
  });

  it('cuts off a request that was hanging when the server went down', async () => {
    await sandbox.billing.setFaults({ hangRate: 1 });
    const pending = failure(billingGet(sandbox, '/Organisation'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sandbox.billing.setFaults({ down: true });
    expect(errorCode(await pending)).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });
});

describe('fault answers', () => {
  it('answers 503 with Retry-After and a maintenance message on both servers', async () => {
    await sandbox.gateway.setFaults({ maintenance: true });
    await sandbox.billing.setFaults({ maintenance: true });
    const gateway = await gatewayGet(sandbox, '/v1/balance');
    const billing = await billingGet(sandbox, '/Organisation');
    for (const reply of [gateway, billing]) {
      expect(reply.status).toBe(503);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(JSON.stringify(reply.body)).toMatch(/maintenance/);
    }
    expect(obj(obj(gateway.body).error).type).toBe('api_error');
    expect(obj(billing.body)).toMatchObject({ Status: 503, Title: 'Service Unavailable' });
  });

  it('limits the rate with 429 and Retry-After, in each API’s shape', async () => {
    await sandbox.gateway.setFaults({ rateLimitPerSecond: 3 });
    await sandbox.billing.setFaults({ rateLimitPerSecond: 3 });
    const gateway = await Promise.all(Array.from({ length: 10 }, () => gatewayGet(sandbox, '/v1/balance')));
    const billing = await Promise.all(Array.from({ length: 10 }, () => billingGet(sandbox, '/Organisation')));
    for (const replies of [gateway, billing]) {
      const limited = replies.filter((reply) => reply.status === 429);
      expect(replies.filter((reply) => reply.status === 200).length).toBeGreaterThanOrEqual(3);
      expect(limited.length).toBeGreaterThanOrEqual(5);
      expect(limited.every((reply) => Number(reply.headers.get('retry-after')) >= 1)).toBe(true);
    }
    const stripeLimited = gateway.find((reply) => reply.status === 429);
    expect(obj(obj(stripeLimited?.body).error)).toMatchObject({ type: 'invalid_request_error', code: 'rate_limit' });
    const xeroLimited = billing.find((reply) => reply.status === 429);
    expect(xeroLimited?.headers.get('x-rate-limit-problem')).toBe('minute');
  });

  it('answers 500 or 502 to about the configured share of requests', async () => {
    await sandbox.gateway.setFaults({ serverErrorRate: 0.25 });
    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch += 1) {
      const replies = await Promise.all(Array.from({ length: 20 }, () => gatewayGet(sandbox, '/v1/payment_intents?limit=1')));
      statuses.push(...replies.map((reply) => reply.status));
    }
    const failed = statuses.filter((status) => status >= 500);
    expect(failed.length / statuses.length).toBeGreaterThan(0.18);
    expect(failed.length / statuses.length).toBeLessThan(0.32);
    expect(new Set(failed)).toEqual(new Set([500, 502]));
    expect(statuses.filter((status) => status !== 200 && status < 500)).toEqual([]);
  });

  it('adds the configured latency', async () => {
    await sandbox.billing.setFaults({ latencyMs: 250 });
    const started = performance.now();
    expect((await billingGet(sandbox, '/Organisation')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });
});

describe('broken transport', () => {
  it('drops the connection mid-body after sending the headers', async () => {
    await sandbox.gateway.setFaults({ dropRate: 1 });
    const response = await fetch(`${sandbox.gateway.url}/v1/charges?limit=20`, { headers: { authorization: `Bearer ${sandbox.credentials.gatewayKey}` } });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(errorCode(await failure(response.text()))).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it('commits a hanging request, then never answers it; a retry with the same key is not recorded twice', async () => {
    const target = sandbox.dataset.truth.invoices.find((truth) => truth.class === 'unposted_payment' && truth.paymentIds.length === 1);
    if (!target) throw new Error('no unposted payment');
    const body = { Payments: [{ Invoice: { InvoiceID: target.invoiceId }, Account: { Code: '090' }, Amount: 1, Reference: target.paymentIds[0] }] };
    const headers = { 'Idempotency-Key': `retransmit-${target.invoiceNumber}` };
    await sandbox.billing.setFaults({ hangRate: 1 });
    const timedOut = await failure(billingPut(sandbox, '/Payments', body, headers, AbortSignal.timeout(400)));
    expect((timedOut as Error).name).toBe('TimeoutError');
    await sandbox.billing.setFaults({ hangRate: 0 });

    const invoice = list((await billingGet(sandbox, `/Invoices/${target.invoiceId}`)).body, 'Invoices')[0];
    expect(list(invoice, 'Payments').map((payment) => payment.Reference)).toEqual([target.paymentIds[0]]);
    const retry = await billingPut(sandbox, '/Payments', body, headers);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const after = list((await billingGet(sandbox, `/Invoices/${target.invoiceId}`)).body, 'Invoices')[0];
    expect(list(after, 'Payments')).toHaveLength(1);
  });
});

describe('schema drift', () => {
  it('renames or removes the gateway amount field', async () => {
    await sandbox.gateway.setFaults({ schemaDrift: 'renamed_field' });
    const renamed = list((await gatewayGet(sandbox, '/v1/charges?limit=3')).body);
    expect(renamed.every((item) => !('amount' in item) && typeof item.amount_total_minor === 'number')).toBe(true);
    const session = list((await gatewayGet(sandbox, '/v1/checkout/sessions?limit=1')).body)[0];
    expect(session && 'amount_total' in session).toBe(false);
    await sandbox.gateway.setFaults({ schemaDrift: 'missing_field' });
    const missing = list((await gatewayGet(sandbox, '/v1/payment_intents?limit=3')).body);
    expect(missing.every((item) => !('amount' in item) && !('amount_total_minor' in item) && 'currency' in item)).toBe(true);
    await sandbox.gateway.setFaults({ schemaDrift: 'none' });
    expect(list((await gatewayGet(sandbox, '/v1/charges?limit=1')).body)[0]?.amount).toEqual(expect.any(Number));
  });

  it('renames or removes the billing Total and Amount fields, leaving errors untouched', async () => {
    await sandbox.billing.setFaults({ schemaDrift: 'renamed_field' });
    const invoice = list((await billingGet(sandbox, '/Invoices?page=1&pageSize=1')).body, 'Invoices')[0];
    expect(invoice && 'Total' in invoice).toBe(false);
    expect(invoice?.InvoiceTotal).toEqual(expect.any(Number));
    const payment = list((await billingGet(sandbox, '/Payments?page=1&pageSize=1')).body, 'Payments')[0];
    expect(payment?.PaymentAmount).toEqual(expect.any(Number));
    expect(obj((await billingGet(sandbox, '/Organisation', { 'xero-tenant-id': 'nobody' })).body).Title).toBe('Forbidden');
    await sandbox.billing.setFaults({ schemaDrift: 'missing_field' });
    const bare = list((await billingGet(sandbox, '/Invoices?page=1&pageSize=1')).body, 'Invoices')[0];
    expect(bare && ('Total' in bare || 'InvoiceTotal' in bare)).toBe(false);
  });
});
